package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;

/**
 * Numbers written the way JavaScript's JSON.stringify writes them (integral values without a fraction), so that a
 * value that went through a Java double compares equal to the upstream original.
 */
final class JsNumbers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsNumbers() {
    }

    static JsonNode node(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15 && !isNegativeZero(value)) {
            long whole = (long) value;
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        }
        return NODES.numberNode(value);
    }

    static JsonNode node(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            long whole = plain.longValueExact();
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        }
        return NODES.numberNode(value.doubleValue());
    }

    static String text(JsonNode number) {
        JsonNode js = number.isIntegralNumber() ? number : node(number.doubleValue());
        return js.asText();
    }

    private static boolean isNegativeZero(double value) {
        return value == 0 && Double.doubleToRawLongBits(value) != 0;
    }
}
