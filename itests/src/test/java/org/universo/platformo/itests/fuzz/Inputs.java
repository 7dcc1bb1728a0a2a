package org.universo.platformo.itests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/** jqwik generators of hostile and careless input: strings, numbers, JSON documents shaped like a schema or not. */
final class Inputs {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int GEN_SIZE = 1000;

    private final Random random;
    private final RandomGenerator<String> text;
    private final RandomGenerator<String> pathText;
    private final RandomGenerator<Object> number;

    Inputs(Random random) {
        this.random = random;
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars("-_.").ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> hostile = Arbitraries.of("", " ", "..", "../../etc/passwd", "%2e%2e", "\u0000", "a\u0000b",
                "\uD800", "\uDFFF\uD800", "🚀".repeat(300), "x".repeat(5000), "<script>alert(1)</script>",
                "' OR '1'='1", "${jndi:ldap://x}", "{{7*7}}", "null", "true", "-1", "1e309", "NaN",
                "00000000-0000-0000-0000-000000000000", "admin", "__proto__", "constructor");
        this.text = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(2, unicode), net.jqwik.api.Tuple.of(3, hostile))
                .generator(GEN_SIZE);
        // path segments: anything a browser can put in a URL; raw control characters are refused by the web server
        // (400 before the application) and are fuzzed in query strings and bodies instead
        this.pathText = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, plain),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('!', '~').ofMaxLength(20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u00a0', '\u2fff').ofMaxLength(10)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("..", "%2e%2e", "x".repeat(300), "🚀🚀")))
                .generator(GEN_SIZE);
        this.number = Arbitraries.<Object>oneOf(List.of(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.<Object>of(0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, 1e308, -1e308, 9007199254740993L,
                        1e-320, 0.1, -0.0)))
                .generator(GEN_SIZE);
    }

    String text() {
        return text.next(random).value();
    }

    String pathSegment() {
        return pathText.next(random).value();
    }

    /** Generated text a header can carry (visible ASCII): what a client could send as a token. */
    String headerText() {
        String t = pathSegment().chars().filter(c -> c > 0x20 && c < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.isEmpty() ? "x" : t;
    }

    int below(int n) {
        return random.nextInt(n);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A body for {@code schema} (resolved against {@code components}): near-valid, mutated, or anything. */
    String body(JsonNode schema, JsonNode components) {
        int kind = below(10);
        if (kind == 0) {
            return garbage();
        }
        JsonNode doc = kind == 1 ? anyJson(3) : shaped(resolve(schema, components), components, 0);
        if (kind >= 6 && doc instanceof ObjectNode o) {
            mutate(o);
        }
        String text = doc.toString();
        if (chance(0.05)) {
            // numbers beyond a double, which no Jackson node can hold
            text = text.replaceFirst("(?<=:)-?\\d+(\\.\\d+)?(?=[,}])", "1e400");
        }
        return text;
    }

    private String garbage() {
        return switch (below(6)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[".repeat(2000) + "]".repeat(2000);
            case 3 -> "{\"a\":" + "{\"a\":".repeat(500) + "1" + "}".repeat(501);
            case 4 -> text();
            default -> "{\"x\":\"\\ud800\",\"y\":\"\\u0000\"}";
        };
    }

    JsonNode anyJson(int depth) {
        int pick = below(depth <= 0 ? 4 : 6);
        return switch (pick) {
            case 0 -> JSON.getNodeFactory().textNode(text());
            case 1 -> JSON.valueToTree(number.next(random).value());
            case 2 -> JSON.getNodeFactory().booleanNode(chance(0.5));
            case 3 -> JSON.getNodeFactory().nullNode();
            case 4 -> {
                ArrayNode a = JSON.createArrayNode();
                for (int i = below(4); i > 0; i--) {
                    a.add(anyJson(depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = JSON.createObjectNode();
                for (int i = below(4); i > 0; i--) {
                    o.set(text(), anyJson(depth - 1));
                }
                yield o;
            }
        };
    }

    private JsonNode shaped(JsonNode schema, JsonNode components, int depth) {
        if (depth > 4 || chance(0.08)) {
            return anyJson(1);
        }
        if (schema.has("enum") && schema.get("enum").size() > 0 && chance(0.8)) {
            return schema.get("enum").get(below(schema.get("enum").size()));
        }
        if (schema.has("const") && chance(0.8)) {
            return schema.get("const");
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                ObjectNode o = JSON.createObjectNode();
                Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    if (chance(0.85)) {
                        o.set(p.getKey(), shaped(resolve(p.getValue(), components), components, depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = JSON.createArrayNode();
                for (int i = below(3); i > 0; i--) {
                    a.add(shaped(resolve(schema.path("items"), components), components, depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return JSON.valueToTree(chance(0.7) ? (Object) below(100) : number.next(random).value());
            }
            case "number" -> {
                return JSON.valueToTree(chance(0.7) ? (Object) (random.nextDouble() * 100) : number.next(random).value());
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(chance(0.5));
            }
            case "string" -> {
                return JSON.getNodeFactory().textNode(text());
            }
            default -> {
                return anyJson(2);
            }
        }
    }

    private void mutate(ObjectNode o) {
        switch (below(5)) {
            case 0 -> o.set(text(), anyJson(2));
            case 1 -> {
                Iterator<String> names = o.fieldNames();
                if (names.hasNext()) {
                    o.remove(names.next());
                }
            }
            case 2 -> {
                Iterator<String> names = o.fieldNames();
                if (names.hasNext()) {
                    o.set(names.next(), anyJson(2));
                }
            }
            case 3 -> {
                for (int i = 0; i < 200; i++) {
                    o.put("k" + i, i);
                }
            }
            default -> o.putNull(o.fieldNames().hasNext() ? o.fieldNames().next() : "x");
        }
    }

    static JsonNode resolve(JsonNode schema, JsonNode components) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            s = components.path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    byte[] bytes(int max) {
        byte[] b = new byte[below(max + 1)];
        random.nextBytes(b);
        return b;
    }
}
