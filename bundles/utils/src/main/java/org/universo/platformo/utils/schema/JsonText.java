package org.universo.platformo.utils.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Text the platform stores must be storable everywhere: PostgreSQL refuses NUL in text, and a lone UTF-16
 * surrogate (which JSON's {@code \ud800} escape can produce) becomes '?' or an error on its way to UTF-8. Both are
 * refused up front, in values and in keys, so a client gets 422 instead of a database error or altered data.
 */
public final class JsonText {
    private JsonText() {
    }

    /** The first string (value or key) holding NUL or a lone surrogate, in document order, or null. */
    public static Violation firstUnstorable(JsonNode node) {
        return first(node, "");
    }

    /** Why {@code s} cannot be stored, or null when it can. */
    public static String problem(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
            }
        }
        return null;
    }

    private static Violation first(JsonNode node, String pointer) {
        if (node.isTextual()) {
            String why = problem(node.textValue());
            return why == null ? null : new Violation(pointer, "text", why);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Violation v = first(node.get(i), pointer + "/" + i);
                if (v != null) {
                    return v;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                String at = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                String why = problem(f.getKey());
                if (why != null) {
                    return new Violation(at, "text", "a key " + why);
                }
                Violation v = first(f.getValue(), at);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
