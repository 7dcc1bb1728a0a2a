package org.universo.platformo.updl.internal;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.UpstreamCanvasFormat;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;

/**
 * Upstream nodes to {@link Node}s. {@code data.name} is the type, {@code data.label} the label, {@code data.inputs}
 * the field values (typed per the data schema); connection anchors, unknown fields, raw forms of coerced values and
 * every other key are kept under {@code _upstream}: {@code node}, {@code data}, {@code inputs}, {@code dataId},
 * {@code absent} (position, inputs, anchors: what the original did not have).
 */
final class UpstreamNodes {
    private final ObjectMapper mapper;
    private final TypeIndex types;
    private final Coercion coercion;

    UpstreamNodes(ObjectMapper mapper, TypeIndex types, Coercion coercion) {
        this.mapper = mapper;
        this.types = types;
        this.coercion = coercion;
    }

    Node read(JsonNode raw) {
        JsonNode data = raw.path("data");
        if (!raw.isObject() || !raw.path("id").isTextual() || !data.isObject() || !data.path("name").isTextual()) {
            throw new IllegalArgumentException("An upstream node needs an id and data.name: " + raw);
        }
        String id = raw.get("id").asText();
        String type = data.get("name").asText();
        ObjectNode extras = mapper.createObjectNode();
        ArrayNode absent = mapper.createArrayNode();
        ObjectNode nodeRest = ((ObjectNode) raw).deepCopy();
        nodeRest.remove(List.of("id", "data"));
        Position position = position(nodeRest, absent);
        ObjectNode dataRest = ((ObjectNode) data).deepCopy();
        dataRest.remove("name");
        String label = data.path("label").isTextual() ? data.get("label").asText() : null;
        if (label != null) {
            dataRest.remove("label");
        }
        if (data.path("id").isTextual() && data.get("id").asText().equals(id)) {
            dataRest.remove("id");
            extras.put("dataId", true);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        ObjectNode kept = mapper.createObjectNode();
        JsonNode inputs = data.get("inputs");
        if (inputs == null) {
            absent.add("inputs");
        } else if (inputs.isObject()) {
            dataRest.remove("inputs");
            split(type, (ObjectNode) inputs, anchors(type, data), fields, kept);
        }
        if (!mirrorsEdges(type, inputs)) {
            absent.add("anchors");
        }
        putIfFilled(extras, "node", nodeRest);
        putIfFilled(extras, "data", dataRest);
        putIfFilled(extras, "inputs", kept);
        putIfFilled(extras, "absent", absent);
        fields.put(UpstreamCanvasFormat.EXTRAS_KEY, mapper.convertValue(extras, Map.class));
        return new Node(id, type, position, fields, label);
    }

    private void split(String type, ObjectNode inputs, Set<String> anchors, Map<String, Object> fields,
            ObjectNode kept) {
        boolean known = types.type(type) != null;
        inputs.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode raw = entry.getValue();
            JsonNode property = known ? types.property(type, key) : null;
            if (!known) {
                fields.put(key, java(raw));
            } else if (anchors.contains(key) || property == null) {
                kept.set(key, raw);
            } else {
                JsonNode typed = coercion.normalize(raw, property);
                if (typed != null) {
                    fields.put(key, java(typed));
                }
                if (typed == null || !typed.equals(raw)) {
                    kept.set(key, raw);
                }
            }
        });
    }

    private Set<String> anchors(String type, JsonNode data) {
        Set<String> names = new HashSet<>();
        data.path("inputAnchors").forEach(a -> names.add(a.path("name").asText()));
        NodeType known = types.type(type);
        if (known != null) {
            known.inputs().stream().map(Port::name).forEach(names::add);
        }
        return names;
    }

    /**
     * The upstream editor mirrors every connection in the target's inputs; hand-written canvases may not, and then
     * the export must not add the mirror either.
     */
    private boolean mirrorsEdges(String type, JsonNode inputs) {
        NodeType known = types.type(type);
        if (known == null || known.inputs().isEmpty()) {
            return true;
        }
        return inputs != null && known.inputs().stream().anyMatch(p -> inputs.has(p.name()));
    }

    private static Position position(ObjectNode nodeRest, ArrayNode absent) {
        JsonNode position = nodeRest.get("position");
        if (position == null) {
            absent.add("position");
            return new Position(0, 0);
        }
        if (position.size() == 2 && position.path("x").isNumber() && position.path("y").isNumber()) {
            nodeRest.remove("position");
            return new Position(position.get("x").doubleValue(), position.get("y").doubleValue());
        }
        // An unusual position stays verbatim in the node's other keys; the model gets the origin.
        return new Position(0, 0);
    }

    private Object java(JsonNode value) {
        return mapper.convertValue(value, Object.class);
    }

    private static void putIfFilled(ObjectNode target, String key, JsonNode value) {
        if (value.size() > 0) {
            target.set(key, value);
        }
    }
}
