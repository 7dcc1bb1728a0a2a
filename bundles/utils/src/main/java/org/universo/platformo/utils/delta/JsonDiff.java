package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Computes small RFC 6902 patches between JSON values; unchanged subtrees yield no operation.
 * Java {@code null} and missing nodes are treated as JSON {@code null}.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    /** Returns a patch that turns {@code from} into a value {@link #equivalent equivalent} to {@code to}. */
    public static JsonPatch diff(JsonNode from, JsonNode to) {
        List<JsonPatch.Op> ops = new ArrayList<>();
        diff("", orNull(from), orNull(to), ops);
        return new JsonPatch(ops);
    }

    /**
     * Equality of JSON values: like {@link JsonNode#equals} except that numbers compare by
     * value, so {@code 1}, {@code 1.0} and {@code 1e0} are equivalent.
     */
    public static boolean equivalent(JsonNode a, JsonNode b) {
        a = orNull(a);
        b = orNull(b);
        if (a.isNumber() && b.isNumber()) {
            return sameNumber(a, b);
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            for (Map.Entry<String, JsonNode> field : a.properties()) {
                JsonNode other = b.get(field.getKey());
                if (other == null || !equivalent(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            Iterator<JsonNode> others = b.elements();
            for (JsonNode element : a) {
                if (!equivalent(element, others.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        if (a.isFloatingPointNumber() || b.isFloatingPointNumber()) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return Double.compare(x, y) == 0; // BigDecimal has no NaN or infinity
            }
        }
        return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    private static void diff(String path, JsonNode from, JsonNode to, List<JsonPatch.Op> ops) {
        if (from.isObject() && to.isObject()) {
            diffObjects(path, from, to, ops);
        } else if (from.isArray() && to.isArray()) {
            diffArrays(path, from, to, ops);
        } else if (!equivalent(from, to)) {
            ops.add(JsonPatch.Op.replace(path, to));
        }
    }

    private static void diffObjects(String path, JsonNode from, JsonNode to, List<JsonPatch.Op> ops) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            String child = JsonPointers.append(path, field.getKey());
            JsonNode target = to.get(field.getKey());
            if (target == null) {
                ops.add(JsonPatch.Op.remove(child));
            } else {
                diff(child, field.getValue(), target, ops);
            }
        }
        for (Map.Entry<String, JsonNode> field : to.properties()) {
            if (!from.has(field.getKey())) {
                ops.add(JsonPatch.Op.add(JsonPointers.append(path, field.getKey()), field.getValue()));
            }
        }
    }

    private static void diffArrays(String path, JsonNode from, JsonNode to, List<JsonPatch.Op> ops) {
        int common = Math.min(from.size(), to.size());
        for (int i = 0; i < common; i++) {
            diff(JsonPointers.append(path, i), from.get(i), to.get(i), ops);
        }
        for (int i = common; i < to.size(); i++) {
            ops.add(JsonPatch.Op.add(JsonPointers.append(path, i), to.get(i)));
        }
        // From the end backwards, so every remove still sees the indices the diff was computed on.
        for (int i = from.size() - 1; i >= common; i--) {
            ops.add(JsonPatch.Op.remove(JsonPointers.append(path, i)));
        }
    }
}
