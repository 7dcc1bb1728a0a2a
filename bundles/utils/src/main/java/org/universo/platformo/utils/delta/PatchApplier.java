package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Applies one operation in place; {@link JsonPatch} hands it a private copy of the document. */
final class PatchApplier {

    private PatchApplier() {
    }

    /** Returns the document after the operation (a new node when the root is replaced). */
    static JsonNode apply(JsonNode document, String op, String path, JsonNode value) {
        List<String> tokens = JsonPointers.parse(path);
        if (tokens.isEmpty()) {
            if (op.equals(JsonPatch.Op.REMOVE)) {
                throw new PatchException("Cannot remove the whole document (path \"\")");
            }
            return value.deepCopy();
        }
        JsonNode parent = document;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parent = child(parent, token, path);
        }
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode object) {
            applyToObject(object, op, last, value, path);
        } else if (parent instanceof ArrayNode array) {
            applyToArray(array, op, last, value, path);
        } else {
            throw new PatchException("Path '" + path + "' does not exist: its parent is not an object or array");
        }
        return document;
    }

    private static JsonNode child(JsonNode parent, String token, String path) {
        JsonNode child = null;
        if (parent.isObject()) {
            child = parent.get(token);
        } else if (parent.isArray()) {
            int index = index(token, path);
            child = index < parent.size() ? parent.get(index) : null;
        }
        if (child == null) {
            throw new PatchException("Path '" + path + "' does not exist: no '" + token + "'");
        }
        return child;
    }

    private static void applyToObject(ObjectNode object, String op, String key, JsonNode value, String path) {
        if (!op.equals(JsonPatch.Op.ADD) && !object.has(key)) {
            throw new PatchException("Path '" + path + "' does not exist: cannot " + op + " it");
        }
        if (op.equals(JsonPatch.Op.REMOVE)) {
            object.remove(key);
        } else {
            object.set(key, value.deepCopy());
        }
    }

    private static void applyToArray(ArrayNode array, String op, String token, JsonNode value, String path) {
        if (op.equals(JsonPatch.Op.ADD) && token.equals("-")) {
            array.add(value.deepCopy());
            return;
        }
        int index = index(token, path);
        int limit = op.equals(JsonPatch.Op.ADD) ? array.size() : array.size() - 1;
        if (index > limit) {
            throw new PatchException("Path '" + path + "' does not exist: index " + index
                    + " is out of bounds for an array of " + array.size());
        }
        switch (op) {
            case JsonPatch.Op.ADD -> array.insert(index, value.deepCopy());
            case JsonPatch.Op.REMOVE -> array.remove(index);
            default -> array.set(index, value.deepCopy());
        }
    }

    /** RFC 6901 array index: digits only, no leading zeros. */
    private static int index(String token, String path) {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new PatchException("Path '" + path + "' does not exist: '" + token + "' is not an array index");
        }
        return Integer.parseInt(token);
    }
}
