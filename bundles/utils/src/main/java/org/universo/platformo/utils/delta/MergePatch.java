package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * RFC 7396 JSON Merge Patch for compact, flat component updates. It cannot express a null
 * value (null means "remove the member") and replaces arrays whole; use {@link JsonDiff} otherwise.
 */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * Applies {@code patch} to a copy of {@code target}; neither argument is changed.
     * Java {@code null} and missing nodes are treated as JSON {@code null}.
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        patch = JsonDiff.orNull(patch);
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        target = JsonDiff.orNull(target);
        ObjectNode result = target.isObject() ? (ObjectNode) target.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /**
     * Returns a merge patch turning {@code from} into {@code to}; {@code {}} when nothing changed.
     *
     * @throws IllegalArgumentException if {@code to} has an object member whose value is null
     *     where the patch would have to carry it, since a merge patch cannot express that
     */
    public static JsonNode diff(JsonNode from, JsonNode to) {
        from = JsonDiff.orNull(from);
        to = JsonDiff.orNull(to);
        if (!from.isObject() || !to.isObject()) {
            // A non-object patch replaces the target wholesale; null included, which is fine at the top.
            requireNoNullMembers(to, "");
            return to.deepCopy();
        }
        return diffObjects(from, to, "");
    }

    private static ObjectNode diffObjects(JsonNode from, JsonNode to, String path) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : from.properties()) {
            if (!to.has(member.getKey())) {
                patch.putNull(member.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> member : to.properties()) {
            String key = member.getKey();
            JsonNode target = member.getValue();
            JsonNode source = from.get(key);
            String memberPath = JsonPointers.append(path, key);
            if (source != null && JsonDiff.equivalent(source, target)) {
                continue;
            }
            if (source != null && source.isObject() && target.isObject()) {
                patch.set(key, diffObjects(source, target, memberPath));
            } else {
                if (target.isNull()) {
                    throw cannotExpressNull(memberPath);
                }
                requireNoNullMembers(target, memberPath);
                patch.set(key, target.deepCopy());
            }
        }
        return patch;
    }

    /** Nulls inside arrays survive a merge, nulls in objects (reached through objects) do not. */
    private static void requireNoNullMembers(JsonNode node, String path) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String memberPath = JsonPointers.append(path, member.getKey());
            if (member.getValue().isNull()) {
                throw cannotExpressNull(memberPath);
            }
            requireNoNullMembers(member.getValue(), memberPath);
        }
    }

    private static IllegalArgumentException cannotExpressNull(String path) {
        return new IllegalArgumentException("A JSON merge patch cannot set '" + path
                + "' to null (null means remove); use JsonDiff instead");
    }
}
