package org.universo.platformo.ecs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.resources.Part;
import org.universo.platformo.resources.PartGraph;
import org.universo.platformo.resources.UnitConverter;

/**
 * Turns a bill of materials into rows: one entity per part, parents before children. A whole number of a part
 * counted in a unit of the count dimension becomes that many entities; any other quantity (2.5 t, 40 l) becomes one
 * entity with a Quantity component, standing for that amount of one unit's subtree.
 */
final class Instantiation {
    private final PartGraph graph;
    private final UnitConverter units;
    private final Sql sql;
    private final Map<String, Double> sizes = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private BulkInsert entities;
    private BulkInsert components;
    private String worldId;
    private String ownerId;
    private Instant now;
    private int kept;

    Instantiation(PartGraph graph, UnitConverter units, Sql sql) {
        this.graph = graph;
        this.units = units;
        this.sql = sql;
    }

    /** Entities the tree will have (a double: a wide BOM can exceed any int before the limit refuses it). */
    double size() {
        return size(graph.root());
    }

    int depth() {
        return depth(graph.root());
    }

    boolean expands(Part child, double qty) {
        String dimension = units.find(child.unit()).map(u -> u.dimension()).orElse("");
        return "count".equals(dimension) && qty >= 1 && Math.abs(qty - Math.rint(qty)) < 1e-9;
    }

    /** Writes the tree; returns the root's id. {@code rootComponents} were validated by the caller. */
    String write(Connection c, String world, String owner, String parentId, String rootName,
            Map<String, JsonNode> rootComponents, Rows rows, Instant at) throws SQLException {
        String[] rootId = new String[1];
        inserts(c, world, owner, at, () -> {
            rootId[0] = emit(graph.root(), parentId, rootName == null ? graph.root().code() : rootName, 0, rows);
            for (Map.Entry<String, JsonNode> comp : rootComponents.entrySet()) {
                components.add(rootId[0], comp.getKey(), rows.text(comp.getValue()), now);
            }
        });
        return rootId[0];
    }

    /** Writes the root version's parts under an entity that stands for it (a designed entity). */
    void writeParts(Connection c, String world, String owner, String rootId, Rows rows, Instant at)
            throws SQLException {
        inserts(c, world, owner, at, () -> parts(graph.root(), rootId, rows));
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs {@code work} with the bulk inserts of entities and components open, and flushes them after it. */
    private void inserts(Connection c, String world, String owner, Instant at, SqlWork work) throws SQLException {
        this.worldId = world;
        this.ownerId = owner;
        this.now = at;
        try (BulkInsert e = new BulkInsert(c, "INSERT INTO ecs.entities (id, world_id, owner_id, parent_id, "
                + "resource_version_id, name, position, created_at, updated_at)", "(?, ?, ?, ?, ?, ?, ?, ?, ?)", 9);
                BulkInsert k = new BulkInsert(c, "INSERT INTO ecs.components (entity_id, type, data, version, "
                        + "updated_at)", "(?, ?, " + sql.json() + ", 1, ?)", 4)) {
            this.entities = e;
            this.components = k;
            work.run();
            e.finish();
            k.finish();
        }
    }

    int keptAsQuantity() {
        return kept;
    }

    private String emit(Part part, String parentId, String name, int position, Rows rows) throws SQLException {
        String id = UUID.randomUUID().toString();
        entities.add(id, worldId, ownerId, parentId, part.versionId(), name, position, now, now);
        parts(part, id, rows);
        return id;
    }

    private void parts(Part part, String id, Rows rows) throws SQLException {
        int childPosition = 0;
        for (Part.Use use : part.uses()) {
            Part child = graph.parts().get(use.childVersionId());
            if (expands(child, use.qty())) {
                for (long i = Math.round(use.qty()); i > 0; i--) {
                    emit(child, id, child.code(), childPosition++, rows);
                }
            } else {
                String childId = emit(child, id, child.code(), childPosition++, rows);
                components.add(childId, "Quantity", rows.text(JsonNodeFactory.instance.objectNode()
                        .put("amount", use.qty()).put("unit", child.unit())), now);
                kept++;
            }
        }
    }

    private double size(Part part) {
        Double known = sizes.get(part.versionId());
        if (known != null) {
            return known;
        }
        double n = 1;
        for (Part.Use use : part.uses()) {
            Part child = graph.parts().get(use.childVersionId());
            n += (expands(child, use.qty()) ? Math.rint(use.qty()) : 1) * size(child);
        }
        sizes.put(part.versionId(), n);
        return n;
    }

    private int depth(Part part) {
        Integer known = depths.get(part.versionId());
        if (known != null) {
            return known;
        }
        int d = 1;
        for (Part.Use use : part.uses()) {
            d = Math.max(d, 1 + depth(graph.parts().get(use.childVersionId())));
        }
        depths.put(part.versionId(), d);
        return d;
    }

    static ApiException tooLarge(String what, double value, long limit) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "The tree would have " + what + " " + (long) value
                + "; the limit is " + limit, Map.of("errors", List.of(Map.of("pointer", "/resourceVersionId",
                "message", what + " " + (long) value + " above " + limit))));
    }
}
