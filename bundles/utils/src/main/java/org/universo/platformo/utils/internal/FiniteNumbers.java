package org.universo.platformo.utils.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.universo.platformo.utils.schema.Violation;

/**
 * A JSON number beyond the range of a double (1e309) parses as Infinity; no schema keyword can refuse it where a
 * schema leaves a value open, and stored or simulated it spreads. Every validation refuses it.
 */
final class FiniteNumbers {
    private FiniteNumbers() {
    }

    /** The first non-finite number in document order, or null. */
    static Violation first(JsonNode node) {
        return first(node, "");
    }

    private static Violation first(JsonNode node, String pointer) {
        if (node.isNumber()) {
            double d = node.doubleValue();
            return Double.isFinite(d) ? null : new Violation(pointer, "finite",
                    "must be a finite number (beyond the range of a 64-bit float)");
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
                Violation v = first(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
