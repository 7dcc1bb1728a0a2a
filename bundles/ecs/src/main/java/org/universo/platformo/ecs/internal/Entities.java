package org.universo.platformo.ecs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityPage;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.TreeNode;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ecs.WriteResult;

/** The entity API for signed-in users: each call is one transaction and touches only entities the caller may see or change (see {@link Access}). */
final class Entities {
    private final EcsComponent ecs;

    Entities(EcsComponent ecs) {
        this.ecs = ecs;
    }

    EntityView create(AuthPrincipal user, Inputs.EntityCreate in) {
        String id = UUID.randomUUID().toString();
        List<ComponentWrite> comps = ComponentWrites.creates(id, in.components());
        ecs.writes.validate(comps, i -> "/components/" + comps.get(i).type());
        return ecs.sql.tx(c -> {
            ecs.worlds.require(c, user, in.worldId(), WorldRole.PLAYER);   // a player makes things of its own
            parentOf(c, user, in.parentId(), in.worldId(), 1);
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ecs.entities (id, world_id, owner_id, "
                    + "parent_id, resource_version_id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                    + "(SELECT COUNT(*) FROM ecs.entities WHERE parent_id = ?), ?, ?)")) {
                Sql.bind(ps, id, in.worldId(), user.userId(), in.parentId(), in.resourceVersionId(), in.name(),
                        in.parentId(), now, now);
                ps.executeUpdate();
            }
            ecs.writes.apply(c, comps, now);
            return ecs.rows.one(c, id);
        });
    }

    EntityView get(AuthPrincipal user, String id) {
        return ecs.sql.read(c -> ecs.access.readable(c, ecs.rows.one(c, id), user));
    }

    EntityPage list(AuthPrincipal user, String worldId, boolean rootsOnly, int offset, int limit) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiException.badRequest("limit is 1..200 and offset at least 0");
        }
        return ecs.sql.read(c -> {
            // an editor lists the whole world; everybody else what they own
            boolean whole = worldId != null && ecs.worlds.roleIn(c, user, worldId) == WorldRole.EDITOR;
            String where = (whole ? "e.world_id = ?" : "e.owner_id = ?" + (worldId == null ? "" : " AND e.world_id = ?"))
                    + (rootsOnly ? " AND e.parent_id IS NULL" : "");
            Object[] params = whole ? new Object[] {worldId}
                    : worldId == null ? new Object[] {user.userId()} : new Object[] {user.userId(), worldId};
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ecs.entities e WHERE " + where)) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<EntityView> items = ecs.rows.where(c, where, "ORDER BY e.created_at, e.id OFFSET " + offset
                    + " ROWS FETCH FIRST " + limit + " ROWS ONLY", params);
            return new EntityPage(items, total, offset, limit);
        });
    }

    EntityView patch(AuthPrincipal user, String id, Inputs.EntityPatch in) {
        List<ComponentWrite> writes = new ArrayList<>();
        if (in.components() != null) {
            in.components().forEach((type, change) -> writes.add(new ComponentWrite(id, type, change.expectedVersion(),
                    Boolean.TRUE.equals(change.remove()) ? null : change.data())));
        }
        ecs.writes.validate(writes, i -> "/components/" + writes.get(i).type());
        return ecs.sql.tx(c -> {
            ecs.access.changeable(c, ecs.rows.one(c, id), user);
            Instant now = Instant.now();
            WriteResult result = ecs.writes.apply(c, writes, now);
            if (!result.conflicts().isEmpty()) {
                WriteResult.Conflict first = result.conflicts().get(0);
                throw new ApiException(ErrorCode.CONFLICT, "Component " + first.type() + " is at version "
                        + first.actualVersion() + ", not " + first.expectedVersion() + "; read the entity again",
                        Map.of("conflicts", result.conflicts()));
            }
            if (in.name() != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.entities SET name = ?, updated_at = ? "
                        + "WHERE id = ?")) {
                    Sql.bind(ps, in.name(), now, id);
                    ps.executeUpdate();
                }
            }
            return ecs.rows.one(c, id);
        });
    }

    void delete(AuthPrincipal user, String id) {
        ecs.sql.tx(c -> {
            ecs.access.changeable(c, ecs.rows.one(c, id), user);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ecs.entities WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    TreeNode tree(AuthPrincipal user, String id) {
        return ecs.sql.read(c -> {
            ecs.access.readable(c, ecs.rows.one(c, id), user);
            return new Trees(ecs.rows).tree(c, id, ecs.config.tree_max_entities(), ecs.resources::values);
        });
    }

    EntityView relate(AuthPrincipal user, String id, Inputs.RelationCreate in) {
        return ecs.sql.tx(c -> {
            Sql.lockEntities(c, id, in.toId());   // neither may change worlds under the check
            EntityView from = ecs.access.changeable(c, ecs.rows.one(c, id), user);
            EntityView to = ecs.rows.one(c, in.toId());
            if (to == null || !to.ownerId().equals(from.ownerId()) && !mayChange(c, to, user)) {
                throw invalid("/toId", "no such entity");
            }
            if (!to.worldId().equals(from.worldId()) || to.id().equals(from.id())) {
                throw invalid("/toId", "a relation links two different entities of one world");
            }
            if (from.relations().stream().anyMatch(r -> r.kind().equals(in.kind()) && r.toId().equals(in.toId()))) {
                throw ApiException.conflict("The relation " + in.kind() + " exists");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ecs.entity_relations (from_id, kind, to_id, "
                    + "created_at) VALUES (?, ?, ?, ?)")) {
                Sql.bind(ps, id, in.kind(), in.toId(), Instant.now());
                ps.executeUpdate();
            }
            ComponentWrites.touch(c, Set.of(id), Instant.now());
            return ecs.rows.one(c, id);
        });
    }

    void unrelate(AuthPrincipal user, String id, String kind, String toId) {
        ecs.sql.tx(c -> {
            ecs.access.changeable(c, ecs.rows.one(c, id), user);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ecs.entity_relations WHERE from_id = ? "
                    + "AND kind = ? AND to_id = ?")) {
                Sql.bind(ps, id, kind, toId);
                if (ps.executeUpdate() == 0) {
                    throw ApiException.notFound("relation");
                }
            }
            return null;
        });
    }

    /**
     * Checks a parent for {@code levels} more levels below it (the caller's, same world, depth within the limit);
     * null parent is a root.
     */
    void parentOf(Connection c, AuthPrincipal user, String parentId, String worldId, int levels) throws SQLException {
        if (parentId == null) {
            if (levels > ecs.config.tree_max_depth()) {
                throw invalid("", "the tree would be " + levels + " levels deep; the limit is " + ecs.config.tree_max_depth());
            }
            return;
        }
        Sql.lockEntities(c, parentId);   // a parent changing worlds meanwhile would leave its new child behind
        EntityView parent = ecs.rows.one(c, parentId);
        if (parent == null || !mayChange(c, parent, user)) {
            throw invalid("/parentId", "no such entity");
        }
        if (!parent.worldId().equals(worldId)) {
            throw invalid("/parentId", "the parent is in world " + parent.worldId());
        }
        int depth = depth(c, parentId) + levels;
        if (depth > ecs.config.tree_max_depth()) {
            throw invalid("/parentId", "the entity would sit at depth " + depth + "; the limit is "
                    + ecs.config.tree_max_depth());
        }
    }

    private boolean mayChange(Connection c, EntityView e, AuthPrincipal user) throws SQLException {
        try {
            ecs.access.changeable(c, e, user);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }

    private static int depth(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE a (id, parent_id, depth) AS (SELECT id, "
                + "parent_id, 1 FROM ecs.entities WHERE id = ? UNION ALL SELECT e.id, e.parent_id, a.depth + 1 "
                + "FROM ecs.entities e JOIN a ON e.id = a.parent_id) SELECT MAX(depth) FROM a")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static ApiException invalid(String pointer, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Invalid entity: " + message,
                Map.of("errors", List.of(Map.of("pointer", pointer, "message", message))));
    }

    static Map<String, JsonNode> orEmpty(Map<String, JsonNode> m) {
        return m == null ? Map.of() : m;
    }
}
