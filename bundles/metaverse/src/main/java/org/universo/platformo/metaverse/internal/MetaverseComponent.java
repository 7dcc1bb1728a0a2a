package org.universo.platformo.metaverse.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.metaverse.internal.store.DraftEntity;
import org.universo.platformo.metaverse.internal.store.LinkEntity;
import org.universo.platformo.metaverse.internal.store.ListedSpaceEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseMemberEntity;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.metaverse.internal.store.UnikEntity;
import org.universo.platformo.metaverse.internal.store.UnikMemberEntity;
import org.universo.platformo.metaverse.internal.store.VersionEntity;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;

/** Owns the metaverse schema and unit, and the services the REST resources call. */
@Component(service = MetaverseComponent.class, configurationPid = MetaverseComponent.PID)
@Designate(ocd = MetaverseComponent.Config.class)
public final class MetaverseComponent {
    static final String PID = "org.universo.platformo.metaverse";

    @ObjectClassDefinition(name = "Universo Platformo worlds", description = "Limits of space graphs.")
    public @interface Config {
        @AttributeDefinition(name = "Canvases per space", min = "1")
        int graph_max_canvases() default 32;

        @AttributeDefinition(name = "Nodes per canvas", min = "1")
        int graph_max_nodes() default 5000;

        @AttributeDefinition(name = "Edges per canvas", min = "1")
        int graph_max_edges() default 20000;
    }

    static final List<Class<?>> ENTITIES = List.of(MetaverseEntity.class, MetaverseMemberEntity.class, LinkEntity.class,
            UnikEntity.class, UnikMemberEntity.class, SpaceEntity.class, ListedSpaceEntity.class, DraftEntity.class,
            VersionEntity.class);

    private final JpaUnit unit;
    private final UserDirectory users;
    final Metaverses metaverses;
    final Uniks uniks;
    final Spaces spaces;
    final SpaceContent content;
    private final GraphLimits limits;

    @Activate
    public MetaverseComponent(@Reference Database db, @Reference UserDirectory users, Config config) {
        db.migrate("metaverse", MetaverseComponent.class);
        this.unit = db.openUnit("metaverse", ENTITIES);
        this.users = users;
        this.metaverses = new Metaverses(unit);
        this.uniks = new Uniks(unit);
        this.spaces = new Spaces(unit, uniks, metaverses);
        this.content = new SpaceContent(unit, spaces);
        this.limits = new GraphLimits(config.graph_max_canvases(), config.graph_max_nodes(), config.graph_max_edges());
    }

    /** What a graph must pass before it is stored. */
    SpaceContent.GraphCheck graphCheck() {
        return limits;
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    /** Members must be existing accounts. */
    void requireUser(String userId) {
        if (users.find(userId).isEmpty()) {
            throw ApiException.notFound("user");
        }
    }
}
