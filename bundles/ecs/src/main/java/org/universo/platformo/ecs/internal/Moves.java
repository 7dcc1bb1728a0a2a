package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;

/**
 * An entity tree changing worlds. The root's row is locked first, so a room writing the same entities back waits and
 * then finds them gone from its world; the writes that come with the move are checked against the old world.
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
        return ecs.sql.tx(c -> {
            String from = lockRoot(c, id);
            if (from.equals(toWorldId)) {
                throw Entities.invalid("/toWorldId", "the entity is in world " + toWorldId + " already");
            }
            List<String> ids = subtree(c, id);
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
            for (List<String> chunk : Chunks.of(ids)) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.entities SET world_id = ?, updated_at = ? "
                        + "WHERE id IN (" + Sql.marks(chunk.size()) + ")")) {
                    List<Object> params = new ArrayList<>(List.of(toWorldId, now));
                    params.addAll(chunk);
                    Sql.bind(ps, params.toArray());
                    ps.executeUpdate();
                }
                // A relation links entities of one world: those between the tree and the world it left go.
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
        });
    }

    private static String lockRoot(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT world_id, parent_id FROM ecs.entities WHERE id = ? "
                + "FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("entity");
                }
                if (rs.getString(2) != null) {
                    throw Entities.invalid("", "only a root entity changes worlds; its parent "
                            + rs.getString(2) + " stays");
                }
                return rs.getString(1);
            }
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
