package org.universo.platformo.ecs.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ecs.spi.WorldOwners;
import java.util.Optional;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.universo.platformo.ecs.ComponentTypes;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.DesignResult;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.resources.ResourceCatalog;
import org.universo.platformo.resources.UnitConverter;

/** Owns the ecs schema; the {@link EntityStore} service for rooms, and the parts the REST resources use. */
@Component(service = {EcsComponent.class, EntityStore.class, WorldAccess.class},
        configurationPid = "org.universo.platformo.ecs")
@Designate(ocd = EcsConfig.class)
public final class EcsComponent implements EntityStore, WorldAccess {
    final EcsConfig config;
    final Sql sql;
    final Rows rows = new Rows(new ObjectMapper());
    final ComponentWrites writes;
    final ResourceCatalog resources;
    final UnitConverter units;
    final Entities entities;
    final Instantiations instantiations;
    final Moves moves = new Moves(this);
    final Worlds worlds;
    final Access access;
    final Designs designs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public EcsComponent(@Reference Database db, @Reference ComponentTypes types, @Reference ResourceCatalog resources,
            @Reference UnitConverter units, EcsConfig config) {
        db.migrate("ecs", EcsComponent.class);
        this.config = config;
        this.sql = new Sql(db.dataSource(), db.dialect());
        this.worlds = new Worlds(sql, this::accessChanged);
        this.access = new Access(worlds);
        this.resources = resources;
        this.units = units;
        this.writes = new ComponentWrites(types, sql, rows);
        this.entities = new Entities(this);
        this.instantiations = new Instantiations(this, entities);
        this.designs = new Designs(this, types);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addOwners(WorldOwners o, Map<String, Object> props) {
        if (props.get(WorldOwners.KIND) instanceof String kind) {
            worlds.addOwners(kind, o);
        }
    }

    void removeOwners(WorldOwners o, Map<String, Object> props) {
        if (props.get(WorldOwners.KIND) instanceof String kind) {
            worlds.removeOwners(kind, o);
        }
    }

    @Override
    public WorldRole role(AuthPrincipal user, String worldId) {
        return worlds.role(user, worldId);
    }

    @Override
    public Optional<World> world(String worldId) {
        return worlds.world(worldId);
    }

    @Override
    public World open(String worldId, String name, String ownerKind, String ownerId, World.Visibility visibility) {
        return worlds.open(worldId, name, ownerKind, ownerId, visibility);
    }

    @Override
    public List<EntityView> loadWorld(String worldId) {
        return parentsFirst(sql.read(c -> rows.where(c, "e.world_id = ?", "", worldId)));
    }

    @Override
    public List<EntityView> loadOwned(String worldId, String ownerId) {
        return parentsFirst(sql.read(c -> rows.where(c, "e.world_id = ? AND e.owner_id = ?", "", worldId, ownerId)));
    }

    /** Parents before children; an entity whose parent is not among them (another's) comes as a root. */
    private static List<EntityView> parentsFirst(List<EntityView> all) {
        Map<String, List<EntityView>> children = new HashMap<>();
        Deque<EntityView> queue = new ArrayDeque<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        all.forEach(e -> ids.add(e.id()));
        for (EntityView e : all) {
            if (e.parentId() == null || !ids.contains(e.parentId())) {
                queue.add(e);
            } else {
                children.computeIfAbsent(e.parentId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<EntityView> ordered = new ArrayList<>(all.size());
        while (!queue.isEmpty()) {
            EntityView e = queue.poll();
            ordered.add(e);
            queue.addAll(children.getOrDefault(e.id(), List.of()));
        }
        return ordered;
    }

    @Override
    public Optional<EntityView> find(String entityId) {
        return java.util.Optional.ofNullable(sql.read(c -> rows.one(c, entityId)));
    }

    private void accessChanged(String worldId) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(TOPIC_ACCESS, Map.of(EVENT_WORLD, worldId)));
        }
    }

    @Override
    public DesignResult design(String worldId, String ownerId, List<DesignedEntity> design) {
        DesignResult r = designs.apply(worldId, ownerId, design);
        EventAdmin ea = events;
        if (ea != null && !r.unchanged()) {
            ea.postEvent(new Event(TOPIC_DESIGNED, Map.of(EVENT_WORLD, worldId,
                    EVENT_ADDED, r.added().toArray(String[]::new), EVENT_CHANGED, r.changed().toArray(String[]::new),
                    EVENT_REMOVED, r.removed().toArray(String[]::new))));
        }
        return r;
    }

    @Override
    public WriteResult write(List<ComponentWrite> batch) {
        writes.validate(batch, i -> "/" + i);
        return sql.tx(c -> writes.apply(c, batch, Instant.now()));
    }

    @Override
    public WriteResult write(String worldId, List<ComponentWrite> batch) {
        writes.validate(batch, i -> "/" + i);
        return sql.tx(c -> writes.apply(c, batch, Instant.now(), worldId));
    }

    @Override
    public EntityView create(AuthPrincipal owner, org.universo.platformo.ecs.Inputs.EntityCreate in) {
        return entities.create(owner, in);
    }

    @Override
    public EntityView move(String entityId, String toWorldId, List<ComponentWrite> with) {
        Moves.Moved m = moves.move(entityId, toWorldId, with == null ? List.of() : with);
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(TOPIC_MOVED, Map.of(EVENT_ENTITY, entityId, EVENT_IDS, m.ids().toArray(String[]::new),
                    EVENT_OWNER, m.entity().ownerId(), EVENT_FROM, m.fromWorldId(), EVENT_TO, toWorldId)));
        }
        return m.entity();
    }
}
