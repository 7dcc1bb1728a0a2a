package org.universo.platformo.ecs.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Relation;

/** Reads entities with their components and relations, selected by a condition on {@code e} (ecs.entities). */
final class Rows {
    private static final String ENTITY = "SELECT e.id, e.world_id, e.owner_id, e.parent_id, e.resource_version_id, "
            + "e.name, e.created_at, e.updated_at FROM ecs.entities e WHERE ";
    private final ObjectMapper mapper;

    Rows(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    EntityView one(Connection c, String id) throws SQLException {
        List<EntityView> found = where(c, "e.id = ?", "", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** {@code order}: an ORDER BY/LIMIT tail for the entity query, applied to the result's order. */
    List<EntityView> where(Connection c, String condition, String order, Object... params) throws SQLException {
        List<Object[]> heads = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ENTITY + condition + " " + order)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8)});
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        boolean paged = !order.isBlank();
        String scope = paged ? "e.id IN (" + Sql.marks(heads.size()) + ")" : condition;
        Object[] scopeParams = paged ? heads.stream().map(h -> h[0]).toArray() : params;
        Map<String, Map<String, ComponentValue>> components = components(c, scope, scopeParams);
        Map<String, List<Relation>> relations = relations(c, scope, scopeParams);
        List<EntityView> out = new ArrayList<>(heads.size());
        for (Object[] h : heads) {
            String id = (String) h[0];
            out.add(new EntityView(id, (String) h[1], (String) h[2], (String) h[3], (String) h[4], (String) h[5],
                    components.getOrDefault(id, Map.of()), relations.getOrDefault(id, List.of()), (Instant) h[6],
                    (Instant) h[7]));
        }
        return out;
    }

    Map<String, Map<String, ComponentValue>> components(Connection c, String condition, Object... params)
            throws SQLException {
        Map<String, Map<String, ComponentValue>> out = new HashMap<>();
        String sql = "SELECT c.entity_id, c.type, c.version, c.data FROM ecs.components c JOIN ecs.entities e "
                + "ON e.id = c.entity_id WHERE " + condition;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), new ComponentValue(rs.getLong(3), parse(rs.getString(4))));
                }
            }
        }
        return out;
    }

    private Map<String, List<Relation>> relations(Connection c, String condition, Object... params) throws SQLException {
        Map<String, List<Relation>> out = new LinkedHashMap<>();
        String sql = "SELECT r.from_id, r.kind, r.to_id FROM ecs.entity_relations r JOIN ecs.entities e "
                + "ON e.id = r.from_id WHERE " + condition + " ORDER BY r.kind, r.to_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Relation(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored component is not JSON", e);
        }
    }

    String text(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
