package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.TreeSet;

/** Canonical JSON (object keys sorted, no whitespace) and its SHA-256, so equal inputs hash equally. */
final class Canonical {
    private final ObjectMapper mapper;

    Canonical(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String sha256(JsonNode value) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(sorted(value));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode sorted(JsonNode value) {
        if (value.isObject()) {
            ObjectNode out = mapper.createObjectNode();
            TreeSet<String> names = new TreeSet<>();
            value.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.set(name, sorted(value.get(name)));
            }
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = mapper.createArrayNode();
            for (Iterator<JsonNode> it = value.elements(); it.hasNext();) {
                out.add(sorted(it.next()));
            }
            return out;
        }
        return value;
    }
}
