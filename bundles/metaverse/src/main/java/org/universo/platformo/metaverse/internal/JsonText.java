package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Graphs are stored as JSON text; what is stored was validated, so failing to read it back is a server fault. */
final class JsonText {
    private final ObjectMapper mapper = new ObjectMapper();

    JsonNode read(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored graph is not JSON", e);
        }
    }

    String write(JsonNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
