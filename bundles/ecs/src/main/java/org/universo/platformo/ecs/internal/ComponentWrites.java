package org.universo.platformo.ecs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentTypes;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.utils.schema.Violation;

/**
 * Checks component documents against their types and writes them with optimistic versions. The entities written are
 * locked first (in id order, so two writers never deadlock), which makes the version comparison exact.
 */
final class ComponentWrites {
    private final ComponentTypes types;
    private final Sql sql;
    private final Rows rows;

    ComponentWrites(ComponentTypes types, Sql sql, Rows rows) {
        this.types = types;
        this.sql = sql;
        this.rows = rows;
    }

    /** Refuses the whole list when any document is invalid; {@code where(i)} is the JSON pointer of write i. */
    void validate(List<ComponentWrite> writes, IntFunction<String> where) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < writes.size(); i++) {
            ComponentWrite w = writes.get(i);
            if (!seen.add(w.entityId() + "\u0000" + w.type())) {
                errors.add(Map.of("pointer", where.apply(i), "message", "one write per component in a batch"));
            }
            if (w.data() == null) {
                continue;
            }
            try {
                for (Violation v : types.check(w.type(), w.data())) {
                    errors.add(Map.of("pointer", where.apply(i) + "/data" + v.pointer(), "keyword", v.keyword(),
                            "message", v.message()));
                }
            } catch (ApiException unknown) {
                errors.add(Map.of("pointer", where.apply(i), "message", unknown.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Invalid component: " + errors.get(0).get("message"),
                    Map.of("errors", errors));
        }
    }

    WriteResult apply(Connection c, List<ComponentWrite> writes, Instant now) throws SQLException {
        return apply(c, writes, now, null);
    }

    /** {@code worldId} not null: entities outside that world count as absent (their writes are conflicts). */
    WriteResult apply(Connection c, List<ComponentWrite> writes, Instant now, String worldId) throws SQLException {
        Set<String> ids = new TreeSet<>();
        writes.forEach(w -> ids.add(w.entityId()));
        Set<String> present = lock(c, ids, worldId);
        Map<String, Long> current = versions(c, present);
        List<WriteResult.Written> written = new ArrayList<>();
        List<WriteResult.Conflict> conflicts = new ArrayList<>();
        Set<String> touched = new TreeSet<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE ecs.components SET data = " + sql.json()
                + ", version = ?, updated_at = ? WHERE entity_id = ? AND type = ?");
                PreparedStatement delete = c.prepareStatement("DELETE FROM ecs.components WHERE entity_id = ? "
                        + "AND type = ?");
                BulkInsert insert = new BulkInsert(c, "INSERT INTO ecs.components (entity_id, type, data, version, "
                        + "updated_at)", "(?, ?, " + sql.json() + ", 1, ?)", 4)) {
            for (ComponentWrite w : writes) {
                Long actual = present.contains(w.entityId())
                        ? current.getOrDefault(w.entityId() + "\u0000" + w.type(), 0L) : null;
                if (actual == null || actual != w.expectedVersion()) {
                    conflicts.add(new WriteResult.Conflict(w.entityId(), w.type(), w.expectedVersion(), actual));
                    continue;
                }
                long next = w.data() == null ? 0 : actual + 1;
                if (w.data() == null && actual > 0) {
                    Sql.bind(delete, w.entityId(), w.type());
                    delete.addBatch();
                } else if (w.data() != null && actual == 0) {
                    insert.add(w.entityId(), w.type(), rows.text(w.data()), now);
                } else if (w.data() != null) {
                    Sql.bind(update, rows.text(w.data()), next, now, w.entityId(), w.type());
                    update.addBatch();
                }
                touched.add(w.entityId());
                written.add(new WriteResult.Written(w.entityId(), w.type(), next));
            }
            delete.executeBatch();
            update.executeBatch();
            insert.finish();
        }
        touch(c, touched, now);
        return new WriteResult(written, conflicts);
    }

    static void touch(Connection c, Set<String> ids, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.entities SET updated_at = ? WHERE id = ?")) {
            for (String id : ids) {
                Sql.bind(ps, now, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Set<String> lock(Connection c, Set<String> ids, String worldId) throws SQLException {
        Set<String> present = new HashSet<>();
        for (List<String> chunk : Chunks.of(ids)) {
            // Locked whatever their world, so a move and a room's write-back of the same entity serialize.
            try (PreparedStatement ps = c.prepareStatement("SELECT id, world_id FROM ecs.entities WHERE id IN ("
                    + Sql.marks(chunk.size()) + ") ORDER BY id FOR UPDATE")) {
                Sql.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (worldId == null || worldId.equals(rs.getString(2))) {
                            present.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return present;
    }

    private static Map<String, Long> versions(Connection c, Set<String> ids) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (List<String> chunk : Chunks.of(ids)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, type, version FROM ecs.components "
                    + "WHERE entity_id IN (" + Sql.marks(chunk.size()) + ")")) {
                Sql.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getLong(3));
                    }
                }
            }
        }
        return out;
    }

    /** Used by callers that turn a map of documents (new components) into writes. */
    static List<ComponentWrite> creates(String entityId, Map<String, JsonNode> components) {
        List<ComponentWrite> out = new ArrayList<>();
        new LinkedHashMap<>(components == null ? Map.<String, JsonNode>of() : components)
                .forEach((type, data) -> out.add(new ComponentWrite(entityId, type, 0, data)));
        return out;
    }
}
