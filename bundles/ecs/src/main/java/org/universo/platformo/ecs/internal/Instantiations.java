package org.universo.platformo.ecs.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.Instantiated;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.resources.PartGraph;
import org.universo.platformo.resources.ResourceVersion;

/** POST /entities/instantiate: every check before the first row, then the whole tree in one transaction. */
final class Instantiations {
    private final EcsComponent ecs;
    private final Entities entities;

    Instantiations(EcsComponent ecs, Entities entities) {
        this.ecs = ecs;
        this.entities = entities;
    }

    Instantiated run(AuthPrincipal user, Inputs.Instantiate in) {
        ecs.worlds.seen(user, in.worldId(), org.universo.platformo.ecs.WorldRole.PLAYER);   // before any work
        ResourceVersion version = ecs.resources.version(in.resourceVersionId())
                .orElseThrow(() -> Entities.invalid("/resourceVersionId", "no such resource version"));
        if (!"published".equals(version.status())) {
            throw ApiException.conflict("Only a published version is instantiated; " + version.code() + "@"
                    + version.version() + " is " + version.status());
        }
        PartGraph graph = ecs.resources.parts(version.id(), in.choose() == null ? Map.of() : in.choose());
        Instantiation plan = new Instantiation(graph, ecs.units, ecs.sql);
        double size = plan.size();
        if (size > ecs.config.instantiate_max_entities()) {
            throw Instantiation.tooLarge("entities", size, ecs.config.instantiate_max_entities());
        }
        List<ComponentWrite> root = ComponentWrites.creates("root", in.components());
        ecs.writes.validate(root, i -> "/components/" + root.get(i).type());
        return ecs.sql.tx(c -> {
            ecs.worlds.require(c, user, in.worldId(), org.universo.platformo.ecs.WorldRole.PLAYER);
            entities.parentOf(c, user, in.parentId(), in.worldId(), plan.depth());
            String rootId = plan.write(c, in.worldId(), user.userId(), in.parentId(), in.name(),
                    Entities.orEmpty(in.components()), ecs.rows, Instant.now());
            return new Instantiated(ecs.rows.one(c, rootId), (int) size, plan.keptAsQuantity());
        });
    }
}
