package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.TreeNode;
import org.universo.platformo.ecs.TreeTotals;
import org.universo.platformo.resources.Part;

/** Reads a subtree in two queries (entities, then their components, both down one recursive walk) and totals it. */
final class Trees {
    private static final String WALK = "WITH RECURSIVE t (id) AS (SELECT id FROM ecs.entities WHERE id = ? "
            + "UNION ALL SELECT e.id FROM ecs.entities e JOIN t ON e.parent_id = t.id) ";
    private static final Part NONE = new Part("", "", "", "", "", 0, 0, 0, List.of());

    private record Row(String id, String parentId, String versionId, String name, int position) {
    }

    private final Rows rows;

    Trees(Rows rows) {
        this.rows = rows;
    }

    TreeNode tree(Connection c, String rootId, long limit, Function<Set<String>, Map<String, Part>> values)
            throws SQLException {
        List<Row> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(WALK + "SELECT e.id, e.parent_id, e.resource_version_id, "
                + "e.name, e.position FROM t JOIN ecs.entities e ON e.id = t.id FETCH FIRST " + (limit + 1)
                + " ROWS ONLY")) {
            ps.setString(1, rootId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        if (all.size() > limit) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The tree has more than " + limit + " entities; "
                    + "ask for a subtree", Map.of("limit", limit));
        }
        Map<String, Map<String, ComponentValue>> components = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(WALK + "SELECT c.entity_id, c.type, c.version, c.data "
                + "FROM t JOIN ecs.components c ON c.entity_id = t.id")) {
            ps.setString(1, rootId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    components.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), new ComponentValue(rs.getLong(3), rows.parse(rs.getString(4))));
                }
            }
        }
        Set<String> versions = new HashSet<>();
        Map<String, List<Row>> children = new HashMap<>();
        for (Row r : all) {
            if (r.versionId != null) {
                versions.add(r.versionId);
            }
            if (!r.id.equals(rootId)) {
                children.computeIfAbsent(r.parentId, k -> new ArrayList<>()).add(r);
            }
        }
        Row root = all.stream().filter(r -> r.id.equals(rootId)).findFirst().orElseThrow();
        return node(root, children, components, values.apply(versions));
    }

    private TreeNode node(Row r, Map<String, List<Row>> children, Map<String, Map<String, ComponentValue>> components,
            Map<String, Part> parts) {
        List<Row> below = children.getOrDefault(r.id, List.of());
        if (below.size() > 1) {
            below.sort(Comparator.comparingInt(Row::position).thenComparing(Row::id));
        }
        List<TreeNode> nodes = new ArrayList<>(below.size());
        Part own = r.versionId == null ? NONE : parts.getOrDefault(r.versionId, NONE);
        double mass = own.massKg();
        double volume = own.volumeM3();
        double cost = own.cost();
        int count = 1;
        for (Row child : below) {
            TreeNode n = node(child, children, components, parts);
            nodes.add(n);
            mass += n.totals().massKg();
            volume += n.totals().volumeM3();
            cost += n.totals().cost();
            count += n.totals().entities();
        }
        Map<String, ComponentValue> mine = components.getOrDefault(r.id, Map.of());
        ComponentValue quantity = mine.get("Quantity");
        double amount = quantity == null ? 1 : quantity.data().path("amount").asDouble(1);
        return new TreeNode(r.id, r.name, r.versionId, mine,
                new TreeTotals(amount * mass, amount * volume, amount * cost, count), nodes);
    }
}
