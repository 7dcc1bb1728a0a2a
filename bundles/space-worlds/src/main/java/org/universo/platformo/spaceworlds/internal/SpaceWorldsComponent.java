package org.universo.platformo.spaceworlds.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.ComponentTypes;
import org.universo.platformo.ecs.DesignResult;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.spaceworlds.Materialized;
import org.universo.platformo.spaceworlds.SpaceWorlds;
import org.universo.platformo.spaceworlds.spi.ComponentMaterializer;
import org.universo.platformo.spaceworlds.spi.NodeMaterializer;

/** {@link SpaceWorlds}: the materializers domains register, the space reader, the entity store. */
@Component(service = SpaceWorlds.class)
public final class SpaceWorldsComponent implements SpaceWorlds {
    private final SpaceVersionReader spaces;
    private final EntityStore store;
    private final WorldAccess worlds;
    private final Materializers<NodeMaterializer> nodes = new Materializers<>(NodeMaterializer.NODE_TYPE);
    private final Materializers<ComponentMaterializer> parts = new Materializers<>(ComponentMaterializer.KIND);
    private final Designer designer;

    @Activate
    public SpaceWorldsComponent(@Reference SpaceVersionReader spaces, @Reference EntityStore store,
            @Reference WorldAccess worlds, @Reference ComponentTypes types) {
        this.spaces = spaces;
        this.store = store;
        this.worlds = worlds;
        this.designer = new Designer(nodes::find, parts::find, types::check);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNodeMaterializer(NodeMaterializer m, Map<String, Object> props) {
        nodes.add(m, props);
    }

    void removeNodeMaterializer(NodeMaterializer m) {
        nodes.remove(m);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addComponentMaterializer(ComponentMaterializer m, Map<String, Object> props) {
        parts.add(m, props);
    }

    void removeComponentMaterializer(ComponentMaterializer m) {
        parts.remove(m);
    }

    @Override
    public List<DesignedEntity> design(PublishableSpace space) {
        return designer.design(space.graph(), space.linked());
    }

    @Override
    public Materialized materialize(String userId, String spaceId, int version) {
        if (!spaces.canEdit(userId, spaceId)) {
            spaces.read(userId, spaceId, version);   // not found for a stranger; for a reader:
            throw ApiException.forbidden("Only editors of the space open it as a world");
        }
        return apply(version == 0 ? spaces.readDraft(userId, spaceId) : spaces.read(userId, spaceId, version));
    }

    @Override
    public Materialized apply(PublishableSpace space) {
        List<DesignedEntity> design = design(space);
        String id = space.spaceId();
        String unik = spaces.unikOf(id).orElseThrow(() -> ApiException.notFound("space"));
        if (worlds.world(id).isEmpty()) {
            worlds.open(id, space.name(), "unik", unik, World.Visibility.PRIVATE);
        }
        DesignResult r = designed(id, unik, design);
        return new Materialized(id, id, space.version(), r.added(), r.changed(), r.removed());
    }

    /** The store's refusals (a resource version that is not published) name the nodes, as the designer's do. */
    private DesignResult designed(String worldId, String unik, List<DesignedEntity> design) {
        try {
            return store.design(worldId, unik, design);
        } catch (ApiException e) {
            if (e.httpStatus() != 422 || !(e.details().get("errors") instanceof List<?> errors)) {
                throw e;
            }
            List<Map<String, Object>> named = new java.util.ArrayList<>();
            for (Object o : errors) {
                Map<?, ?> m = (Map<?, ?>) o;
                named.add(Designer.error(String.valueOf(m.get("key")), (String) m.get("type"),
                        String.valueOf(m.get("pointer")), String.valueOf(m.get("message"))));
            }
            throw Designer.refused(named);
        }
    }
}
