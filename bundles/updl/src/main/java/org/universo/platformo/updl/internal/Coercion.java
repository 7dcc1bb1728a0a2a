package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;

/**
 * Turns an upstream input value into the typed value our schemas describe. The upstream editor keeps what its form
 * widgets produce: numbers typed in become strings, JSON fields are JSON text, untouched optional fields are "".
 */
final class Coercion {
    private final ObjectMapper mapper;

    Coercion(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The typed value of {@code raw} for a property with schema {@code property}; null means "no value". */
    JsonNode normalize(JsonNode raw, JsonNode property) {
        if (raw == null || raw.isNull()) {
            return null;
        }
        String type = property.path("type").asText("");
        boolean blank = raw.isTextual() && raw.asText().isBlank();
        switch (type) {
            case "number", "integer" -> {
                return raw.isTextual() ? (blank ? null : number(raw)) : raw;
            }
            case "boolean" -> {
                if (raw.isTextual() && (raw.asText().equals("true") || raw.asText().equals("false"))) {
                    return BooleanNode.valueOf(raw.asText().equals("true"));
                }
                return blank ? null : raw;
            }
            case "object", "array" -> {
                return raw.isTextual() ? (blank ? null : structure(raw, type, property)) : raw;
            }
            case "string" -> {
                // An empty choice is "not chosen yet", never one of the options.
                return blank && property.has("enum") ? null : raw;
            }
            default -> {
                return blank ? null : raw;
            }
        }
    }

    /** How a changed typed value is written when the upstream kept this field as text. */
    JsonNode asText(JsonNode value) {
        if (value.isTextual()) {
            return value;
        }
        if (value.isNumber()) {
            return TextNode.valueOf(JsNumbers.text(value));
        }
        if (value.isBoolean()) {
            return TextNode.valueOf(value.asText());
        }
        try {
            return TextNode.valueOf(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode number(JsonNode raw) {
        try {
            return JsNumbers.node(new BigDecimal(raw.asText().trim()));
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private JsonNode structure(JsonNode raw, String type, JsonNode property) {
        try {
            JsonNode parsed = mapper.readTree(raw.asText());
            if (parsed != null && (type.equals("object") ? parsed.isObject() : parsed.isArray())) {
                return parsed;
            }
        } catch (JsonProcessingException e) {
            // Not JSON: a list of words may still be meant, see below.
        }
        if (type.equals("array") && "string".equals(property.path("items").path("type").asText())) {
            ArrayNode items = mapper.createArrayNode();
            for (String part : raw.asText().split(",")) {
                if (!part.isBlank()) {
                    items.add(part.trim());
                }
            }
            return items;
        }
        return raw;
    }
}
