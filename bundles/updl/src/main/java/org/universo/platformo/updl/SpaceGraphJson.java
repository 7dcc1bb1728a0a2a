package org.universo.platformo.updl;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Binds the model's JSON (a stored draft, a request body) to records and back with the same settings the validator
 * uses. Bind only a document {@link GraphValidator#validate(JsonNode, GraphLimits)} accepted; anything else fails
 * with {@link IllegalArgumentException}.
 */
public final class SpaceGraphJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private SpaceGraphJson() {
    }

    public static SpaceGraph graph(JsonNode document) {
        return bind(document, SpaceGraph.class);
    }

    public static Canvas canvas(JsonNode document) {
        return bind(document, Canvas.class);
    }

    public static Diagram diagram(JsonNode document) {
        return bind(document, Diagram.class);
    }

    /** The JSON tree of a model record ({@link SpaceGraph}, {@link Canvas}, {@link Diagram}, ...). */
    public static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static <T> T bind(JsonNode document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
