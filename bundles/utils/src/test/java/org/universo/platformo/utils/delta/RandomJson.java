package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of random JSON values and of random edits of them. */
final class RandomJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] KEYS = {"a", "b", "c", "a/b", "~", "~1", "x~0/y", "", "pos"};

    private final Random random;
    private final boolean nulls;

    /** @param nulls whether JSON nulls may be generated */
    RandomJson(long seed, boolean nulls) {
        this.random = new Random(seed);
        this.nulls = nulls;
    }

    JsonNode value(int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> nulls ? F.nullNode() : F.booleanNode(true);
            case 1 -> F.booleanNode(random.nextBoolean());
            // ints and doubles never share a value, so strict equals works after a patch
            case 2 -> random.nextBoolean() ? F.numberNode(random.nextInt(5)) : F.numberNode(random.nextInt(5) + 0.5);
            case 3 -> F.textNode(KEYS[random.nextInt(KEYS.length)]);
            case 4 -> F.textNode("s" + random.nextInt(3));
            case 5 -> object(depth - 1);
            default -> array(depth - 1);
        };
    }

    ObjectNode object(int depth) {
        ObjectNode object = F.objectNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            object.set(KEYS[random.nextInt(KEYS.length)], value(depth));
        }
        return object;
    }

    ArrayNode array(int depth) {
        ArrayNode array = F.arrayNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            array.add(value(depth));
        }
        return array;
    }

    /** A copy of {@code node} with random local edits, so diffs stay small and interesting. */
    JsonNode edit(JsonNode node, int depth) {
        if (random.nextInt(6) == 0) {
            return value(depth);
        }
        if (node.isObject()) {
            ObjectNode copy = F.objectNode();
            node.properties().forEach(e -> {
                if (random.nextInt(5) != 0) {
                    copy.set(e.getKey(), edit(e.getValue(), depth - 1));
                }
            });
            if (random.nextInt(3) == 0) {
                copy.set(KEYS[random.nextInt(KEYS.length)], value(depth - 1));
            }
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(e -> elements.add(edit(e, depth - 1)));
            while (!elements.isEmpty() && random.nextInt(3) == 0) {
                elements.remove(elements.size() - 1);
            }
            while (random.nextInt(3) == 0) {
                elements.add(value(depth - 1));
            }
            return F.arrayNode().addAll(elements);
        }
        return random.nextBoolean() ? node.deepCopy() : value(depth);
    }
}
