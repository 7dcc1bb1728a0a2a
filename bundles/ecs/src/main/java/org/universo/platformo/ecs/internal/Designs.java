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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentTypes;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.DesignResult;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.ecs.WriteResult;
import org.universo.platformo.utils.schema.Violation;

/**
 * A world's designed part made what a design says (see {@link org.universo.platformo.ecs.EntityStore#design}): the
 * design is checked whole, then diffed against the designed entities and what the last design said of them.
 */
final class Designs {
    private static final int MAX_KEY = 200;
    private static final int MAX_ENTITIES = 10_000;
    private final EcsComponent ecs;
    private final ComponentTypes types;

    Designs(EcsComponent ecs, ComponentTypes types) {
        this.ecs = ecs;
        this.types = types;
    }

    DesignResult apply(String worldId, String ownerId, List<DesignedEntity> design) {
        Map<String, Instantiation> parts = check(design);
        return ecs.sql.tx(c -> {
            if (!ecs.worlds.exists(c, worldId)) {
                throw ApiException.notFound("world");
            }
            Instant now = Instant.now();
            Map<String, String[]> existing = designed(c, worldId);   // key → {id, name, resource version}
            Map<String, Map<String, JsonNode>> said = said(c, worldId);
            Map<String, Map<String, ComponentValue>> live = ecs.rows.components(c,
                    "e.world_id = ? AND e.design_key IS NOT NULL", worldId);
            List<String> added = new ArrayList<>();
            Set<String> changed = new TreeSet<>();
            List<ComponentWrite> writes = new ArrayList<>();
            Map<String, Map<String, JsonNode>> nowSaid = new LinkedHashMap<>();
            for (DesignedEntity d : design) {
                String[] row = existing.get(d.key());
                String id = row == null ? UUID.randomUUID().toString() : row[0];
                if (row == null) {
                    insert(c, id, worldId, ownerId, d, now);
                    added.add(id);
                } else if (!Objects.equals(row[1], d.name())) {
                    rename(c, id, d.name(), now);
                    changed.add(id);
                }
                if (row == null || !Objects.equals(row[2], d.resourceVersionId())) {
                    if (row != null) {
                        instanceOf(c, id, d.resourceVersionId(), now);
                        changed.add(id);
                    }
                    Instantiation plan = parts.get(d.key());
                    if (plan != null) {
                        plan.writeParts(c, worldId, ownerId, id, ecs.rows, now);
                    }
                }
                Map<String, JsonNode> before = said.getOrDefault(id, Map.of());
                Map<String, ComponentValue> current = live.getOrDefault(id, Map.of());
                Set<String> typesOf = new TreeSet<>(before.keySet());
                typesOf.addAll(d.components().keySet());
                for (String type : typesOf) {
                    JsonNode next = d.components().get(type);
                    if (next != null && next.equals(before.get(type))) {
                        continue;   // the design left it alone: play keeps what it made of it
                    }
                    ComponentValue now0 = current.get(type);
                    if (next == null && now0 == null) {
                        continue;
                    }
                    writes.add(new ComponentWrite(id, type, now0 == null ? 0 : now0.version(), next));
                    if (row != null) {
                        changed.add(id);
                    }
                }
                nowSaid.put(id, d.components());
            }
            Set<String> keep = new HashSet<>();
            design.forEach(d -> keep.add(d.key()));
            List<String> removed = new ArrayList<>();
            existing.forEach((key, row) -> {
                if (!keep.contains(key)) {
                    removed.add(row[0]);
                }
            });
            WriteResult r = ecs.writes.apply(c, writes, now, worldId);
            if (!r.conflicts().isEmpty()) {
                // the rows were locked for this transaction; a conflict here means another writer got in between
                throw new ApiException(ErrorCode.CONFLICT, "The world changed meanwhile; apply the design again",
                        Map.of("conflicts", r.conflicts()));
            }
            remember(c, nowSaid);
            delete(c, removed);
            return new DesignResult(added, List.copyOf(changed), removed);
        });
    }

    /**
     * Every key once, non-blank, every component valid, every resource version published and within the size limit:
     * all problems at once, before anything is written. The plans of the parts by key.
     */
    private Map<String, Instantiation> check(List<DesignedEntity> design) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, Instantiation> parts = new HashMap<>();
        if (design.size() > MAX_ENTITIES) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "A design has at most " + MAX_ENTITIES + " entities",
                    Map.of("errors", List.of(Map.of("pointer", "", "message", design.size() + " entities"))));
        }
        Set<String> keys = new HashSet<>();
        for (DesignedEntity d : design) {
            if (d.key() == null || d.key().isBlank() || d.key().length() > MAX_KEY || !keys.add(d.key())) {
                errors.add(error(d.key(), null, "", "a key of 1 to " + MAX_KEY + " characters, once per design"));
                continue;
            }
            if (d.name() != null && d.name().length() > 200) {
                errors.add(error(d.key(), null, "/name", "a name of at most 200 characters"));
            }
            d.components().forEach((type, data) -> {
                try {
                    for (Violation v : types.check(type, data)) {
                        errors.add(error(d.key(), type, v.pointer(), v.message()));
                    }
                } catch (ApiException unknown) {
                    errors.add(error(d.key(), type, "", unknown.getMessage()));
                }
            });
            if (d.resourceVersionId() != null) {
                plan(d).ifPresentOrElse(p -> parts.put(d.key(), p), () -> errors.add(error(d.key(), null,
                        "/resourceVersionId", "no published resource version " + d.resourceVersionId())));
            }
        }
        double total = parts.values().stream().mapToDouble(Instantiation::size).sum();
        if (total > ecs.config.instantiate_max_entities()) {
            errors.add(error("", null, "/resourceVersionId", "the parts would be " + (long) total
                    + " entities, above " + ecs.config.instantiate_max_entities()));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The design cannot become entities: "
                    + errors.get(0).get("message"), Map.of("errors", errors));
        }
        return parts;
    }

    /** The parts of a published version; empty for an unknown or unpublished one. */
    private java.util.Optional<Instantiation> plan(DesignedEntity d) {
        return ecs.resources.version(d.resourceVersionId()).filter(v -> "published".equals(v.status()))
                .map(v -> new Instantiation(ecs.resources.parts(v.id(), Map.of()), ecs.units, ecs.sql));
    }

    private static Map<String, Object> error(String key, String type, String pointer, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", key == null ? "" : key);
        if (type != null) {
            e.put("type", type);
        }
        e.put("pointer", pointer);
        e.put("message", message);
        return e;
    }

    /** The designed entities of the world, locked, by key. */
    private static Map<String, String[]> designed(Connection c, String worldId) throws SQLException {
        Map<String, String[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT design_key, id, name, resource_version_id FROM "
                + "ecs.entities WHERE world_id = ? AND design_key IS NOT NULL ORDER BY id FOR UPDATE")) {
            Sql.bind(ps, worldId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        return out;
    }

    private Map<String, Map<String, JsonNode>> said(Connection c, String worldId) throws SQLException {
        Map<String, Map<String, JsonNode>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.entity_id, d.type, d.data FROM ecs.designed_components d "
                + "JOIN ecs.entities e ON e.id = d.entity_id WHERE e.world_id = ?")) {
            Sql.bind(ps, worldId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            ecs.rows.parse(rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static void insert(Connection c, String id, String worldId, String ownerId, DesignedEntity d, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ecs.entities (id, world_id, owner_id, name, "
                + "design_key, resource_version_id, position, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            Sql.bind(ps, id, worldId, ownerId, d.name(), d.key(), d.resourceVersionId(), now, now);
            ps.executeUpdate();
        }
    }

    private static void rename(Connection c, String id, String name, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.entities SET name = ?, updated_at = ? WHERE id = ?")) {
            Sql.bind(ps, name, now, id);
            ps.executeUpdate();
        }
    }

    /** The entity stands for another version (or none): the parts the old one gave it go. */
    private static void instanceOf(Connection c, String id, String versionId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.entities SET resource_version_id = ?, updated_at = ? "
                + "WHERE id = ?")) {
            Sql.bind(ps, versionId, now, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ecs.entities WHERE parent_id = ? "
                + "AND design_key IS NULL AND resource_version_id IS NOT NULL")) {
            Sql.bind(ps, id);
            ps.executeUpdate();
        }
    }

    private void remember(Connection c, Map<String, Map<String, JsonNode>> said) throws SQLException {
        for (List<String> chunk : Chunks.of(new ArrayList<>(said.keySet()))) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ecs.designed_components WHERE entity_id IN ("
                    + Sql.marks(chunk.size()) + ")")) {
                Sql.bind(ps, chunk.toArray());
                ps.executeUpdate();
            }
        }
        try (BulkInsert insert = new BulkInsert(c, "INSERT INTO ecs.designed_components (entity_id, type, data)",
                "(?, ?, " + ecs.sql.json() + ")", 3)) {
            for (Map.Entry<String, Map<String, JsonNode>> e : said.entrySet()) {
                for (Map.Entry<String, JsonNode> t : e.getValue().entrySet()) {
                    insert.add(e.getKey(), t.getKey(), ecs.rows.text(t.getValue()));
                }
            }
            insert.finish();
        }
    }

    private static void delete(Connection c, List<String> ids) throws SQLException {
        for (List<String> chunk : Chunks.of(ids)) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ecs.entities WHERE id IN ("
                    + Sql.marks(chunk.size()) + ")")) {
                Sql.bind(ps, chunk.toArray());
                ps.executeUpdate();
            }
        }
    }
}
