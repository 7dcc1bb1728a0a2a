package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An immutable RFC 6902 JSON Patch restricted to the {@code add}, {@code remove} and {@code replace} operations. */
public final class JsonPatch {

    /**
     * One patch operation.
     *
     * @param op    {@code add}, {@code remove} or {@code replace}
     * @param path  JSON Pointer of the target location
     * @param value the value to add or replace with ({@code NullNode} for JSON null); null for remove
     * @throws PatchException if {@code op} is unsupported or {@code path} is not a JSON Pointer
     */
    public record Op(String op, String path, JsonNode value) {

        public static final String ADD = "add";
        public static final String REMOVE = "remove";
        public static final String REPLACE = "replace";
        private static final Set<String> KNOWN = Set.of(ADD, REMOVE, REPLACE);

        public Op {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(path, "path");
            if (!KNOWN.contains(op)) {
                throw new PatchException("Unsupported patch operation '" + op + "'");
            }
            if (op.equals(REMOVE)) {
                value = null;
            } else {
                // Copied so the operation cannot change after creation.
                value = Objects.requireNonNull(value, "value of " + op).deepCopy();
            }
            JsonPointers.parse(path); // fail early on a malformed pointer
        }

        public static Op add(String path, JsonNode value) {
            return new Op(ADD, path, value);
        }

        public static Op remove(String path) {
            return new Op(REMOVE, path, null);
        }

        public static Op replace(String path, JsonNode value) {
            return new Op(REPLACE, path, value);
        }

        /** Returns a copy, so the operation stays immutable. */
        @Override
        public JsonNode value() {
            return value == null ? null : value.deepCopy();
        }
    }

    private final List<Op> ops;

    public JsonPatch(List<Op> ops) {
        this.ops = List.copyOf(ops);
    }

    public List<Op> ops() {
        return ops;
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    public int size() {
        return ops.size();
    }

    /**
     * Applies the operations in order to a copy of {@code target}; {@code target} is not changed.
     *
     * @throws PatchException if a path does not exist or does not fit the target's structure
     */
    public JsonNode apply(JsonNode target) {
        JsonNode document = JsonDiff.orNull(target).deepCopy();
        for (Op op : ops) {
            document = PatchApplier.apply(document, op.op, op.path, op.value);
        }
        return document;
    }

    /** Returns the RFC 6902 JSON form: an array of {@code {"op", "path", "value"}} objects. */
    public ArrayNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(ops.size());
        for (Op op : ops) {
            ObjectNode json = array.addObject().put("op", op.op).put("path", op.path);
            if (op.value != null) {
                json.set("value", op.value.deepCopy());
            }
        }
        return array;
    }

    /**
     * Parses the RFC 6902 JSON form.
     *
     * @throws PatchException if it is malformed or uses an operation other than add, remove, replace
     */
    public static JsonPatch fromJson(JsonNode json) {
        if (json == null || !json.isArray()) {
            throw new PatchException("A JSON patch must be an array of operations");
        }
        List<Op> ops = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            JsonNode op = json.get(i);
            JsonNode path = op.path("path");
            if (!op.path("op").isTextual() || !path.isTextual()) {
                throw new PatchException("Operation " + i + " needs textual 'op' and 'path' members");
            }
            String name = op.get("op").textValue();
            if (!Op.KNOWN.contains(name)) {
                throw new PatchException("Operation " + i + ": unsupported operation '" + name + "'");
            }
            if (!name.equals(Op.REMOVE) && !op.has("value")) {
                throw new PatchException("Operation " + i + " (" + name + ") needs a 'value' member");
            }
            ops.add(new Op(name, path.textValue(), op.get("value")));
        }
        return new JsonPatch(ops);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPatch patch && ops.equals(patch.ops);
    }

    @Override
    public int hashCode() {
        return ops.hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
