package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;

/**
 * An entity tree changing worlds. Its rows are locked in id order, as every writer of entities locks them (so a room
 * writing the same entities back waits, then finds them gone from its world, and nobody deadlocks); the tree is read
 * again once locked, since a child created meanwhile would otherwise stay behind. The writes that come with the move
 * are checked against the old world.
 */
final class Moves {
    record Moved(EntityView entity, String fromWorldId, List<String> ids) {
    }

    private final EcsComponent ecs;

    Moves(EcsComponent ecs) {
        this.ecs = ecs;
    }

    Moved move(String id, String toWorldId, List<ComponentWrite> writes) {
        if (toWorldId == null || toWorldId.isBlank() || toWorldId.length() > 128) {
            throw Entities.invalid("/toWorldId", "a world id of 1 to 128 characters");
        }
        ecs.writes.validate(writes, i -> "/writes/" + i);
        for (int attempt = 1; ; attempt++) {
            try {
                return ecs.sql.tx(c -> once(c, id, toWorldId, writes));
            } catch (TreeChanged e) {
                if (attempt == 3) {
                    throw ApiException.conflict("The entity's tree kept changing; move it again");
                }
            }
        }
    }

    private Moved once(Connection c, String id, String toWorldId, List<ComponentWrite> writes) throws SQLException {
        List<String> ids = subtree(c, id);
        if (ids.isEmpty()) {
            throw ApiException.notFound("entity");
        }
        Map<String, String[]> rows = lock(c, ids);
        if (!Set.copyOf(subtree(c, id)).equals(Set.copyOf(ids))) {
            throw new TreeChanged();   // a child arrived before its parent was locked: start again
        }
        String[] root = rows.get(id);
        if (root[1] != null) {
            throw Entities.invalid("", "only a root entity changes worlds; its parent " + root[1] + " stays");
        }
        String from = root[0];
        for (ComponentWrite w : writes) {
            if (!ids.contains(w.entityId())) {
                throw Entities.invalid("/writes", "a move writes only the entities it moves");
            }
        }
        Instant now = Instant.now();
        WriteResult r = ecs.writes.apply(c, writes, now, from);
        if (!r.conflicts().isEmpty()) {
            throw new ApiException(ErrorCode.CONFLICT, "The entity changed meanwhile; read it and move again",
                    Map.of("conflicts", r.conflicts()));
        }
        if (from.equals(toWorldId)) {
            throw Entities.invalid("/toWorldId", "the entity is in world " + toWorldId + " already");
        }
        if (!ecs.worlds.exists(c, toWorldId)) {
            throw ApiException.notFound("world");
        }
        for (List<String> chunk : Chunks.of(ids)) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.entities SET world_id = ?, updated_at = ? "
                    + "WHERE id IN (" + Sql.marks(chunk.size()) + ")")) {
                List<Object> params = new ArrayList<>(List.of(toWorldId, now));
                params.addAll(chunk);
                Sql.bind(ps, params.toArray());
                ps.executeUpdate();
            }
        }
        // A relation links entities of one world: those between the tree and the world it left go, once the whole
        // tree has moved, so relations inside it stay.
        for (List<String> chunk : Chunks.of(ids)) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ecs.entity_relations r WHERE (r.from_id IN ("
                    + Sql.marks(chunk.size()) + ") OR r.to_id IN (" + Sql.marks(chunk.size()) + ")) AND EXISTS "
                    + "(SELECT 1 FROM ecs.entities f, ecs.entities t WHERE f.id = r.from_id AND t.id = r.to_id "
                    + "AND f.world_id <> t.world_id)")) {
                List<Object> params = new ArrayList<>(chunk);
                params.addAll(chunk);
                Sql.bind(ps, params.toArray());
                ps.executeUpdate();
            }
        }
        return new Moved(ecs.rows.one(c, id), from, ids);
    }

    /** The tree's rows locked in id order, as every writer of entities locks them: world and parent of each. */
    private static Map<String, String[]> lock(Connection c, List<String> ids) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        for (List<String> chunk : Chunks.of(new TreeSet<>(ids))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, world_id, parent_id FROM ecs.entities WHERE "
                    + "id IN (" + Sql.marks(chunk.size()) + ") ORDER BY id FOR UPDATE")) {
                Sql.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        if (out.size() != ids.size()) {
            throw new TreeChanged();   // part of it was deleted meanwhile
        }
        return out;
    }

    /** Rolls the attempt back (releasing its locks) to read the tree again. */
    private static final class TreeChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TreeChanged() {
            super(null, null, false, false);
        }
    }

    private static List<String> subtree(Connection c, String id) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE t (id) AS (SELECT id FROM ecs.entities "
                + "WHERE id = ? UNION ALL SELECT e.id FROM ecs.entities e JOIN t ON e.parent_id = t.id) SELECT id FROM t")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
