package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.UpstreamCanvasFormat;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;
import org.universo.platformo.utils.delta.JsonDiff;

/**
 * {@link Node}s back to upstream nodes. Every kept raw value is given back as long as it still means the current
 * value, so an unchanged node comes out exactly as it came in; changed values keep the upstream's form (text).
 */
final class UpstreamNodeWriter {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^.}\\s]+)\\.data\\.instance\\s*}}");

    private final ObjectMapper mapper;
    private final TypeIndex types;
    private final Coercion coercion;

    UpstreamNodeWriter(ObjectMapper mapper, TypeIndex types, Coercion coercion) {
        this.mapper = mapper;
        this.types = types;
        this.coercion = coercion;
    }

    ObjectNode write(Node node, List<Edge> incoming) {
        Object stored = node.data().get(UpstreamCanvasFormat.EXTRAS_KEY);
        JsonNode extras = stored == null ? MissingNode.getInstance() : mapper.valueToTree(stored);
        boolean fresh = !extras.isObject();
        Set<String> absent = new LinkedHashSet<>();
        extras.path("absent").forEach(a -> absent.add(a.asText()));
        ObjectNode out = mapper.createObjectNode();
        out.put("id", node.id());
        if (extras.path("node").isObject()) {
            out.setAll((ObjectNode) extras.get("node").deepCopy());
        }
        Position at = node.position();
        boolean origin = at.x() == 0 && at.y() == 0;
        // Absent or unusual upstream positions are given back as they were while the node stays at the origin.
        if (!(origin && (absent.contains("position") || out.has("position")))) {
            ObjectNode position = out.putObject("position");
            position.set("x", JsNumbers.node(at.x()));
            position.set("y", JsNumbers.node(at.y()));
        }
        ObjectNode data = extras.path("data").isObject() ? (ObjectNode) extras.get("data").deepCopy()
                : mapper.createObjectNode();
        if (fresh || extras.path("dataId").asBoolean()) {
            data.put("id", node.id());
        }
        data.put("name", node.type());
        if (node.label() != null) {
            data.put("label", node.label());
        }
        if (fresh) {
            out.put("type", "customNode");
            data.put("type", "UPDL" + node.type());
            data.put("category", "UPDL");
        }
        if (!data.has("inputs")) {
            ObjectNode inputs = inputs(node, extras.path("inputs"), absent.contains("anchors") ? List.of() : incoming,
                    !absent.contains("anchors"));
            if (!(inputs.isEmpty() && absent.contains("inputs"))) {
                data.set("inputs", inputs);
            }
        }
        out.set("data", data);
        return out;
    }

    private ObjectNode inputs(Node node, JsonNode kept, List<Edge> incoming, boolean anchors) {
        NodeType type = types.type(node.type());
        ObjectNode inputs = mapper.createObjectNode();
        node.data().forEach((key, v) -> {
            if (Node.isReserved(key)) {
                return;
            }
            JsonNode value = mapper.valueToTree(v);
            JsonNode raw = kept.get(key);
            JsonNode property = type == null ? null : types.property(node.type(), key);
            if (raw != null && property != null && same(coercion.normalize(raw, property), value)) {
                inputs.set(key, raw);
            } else if (raw != null && raw.isTextual() && property != null) {
                inputs.set(key, coercion.asText(value));
            } else {
                inputs.set(key, value);
            }
        });
        kept.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode property = type == null ? null : types.property(node.type(), key);
            boolean port = type != null && type.input(key).isPresent();
            // A field that had a value and is now gone from data was deleted, so it stays out.
            if (!inputs.has(key) && !port && (property == null || coercion.normalize(entry.getValue(), property) == null)) {
                inputs.set(key, entry.getValue());
            }
        });
        if (type != null && anchors) {
            for (Port port : type.inputs()) {
                anchor(port, kept.get(port.name()), incoming, inputs);
            }
        }
        return inputs;
    }

    /** Upstream mirrors each connection in the target's inputs as {@code {{source.data.instance}}}. */
    private void anchor(Port port, JsonNode raw, List<Edge> incoming, ObjectNode inputs) {
        Set<String> sources = new LinkedHashSet<>();
        incoming.stream().filter(e -> e.targetPort().equals(port.name())).forEach(e -> sources.add(e.source()));
        Set<String> before = raw == null ? Set.of() : references(raw);
        if (raw != null && before.equals(sources)) {
            inputs.set(port.name(), raw);
        } else if (raw != null || !sources.isEmpty()) {
            // Connections that stay keep their place in the list; new ones follow.
            Set<String> ordered = new LinkedHashSet<>(before);
            ordered.retainAll(sources);
            ordered.addAll(sources);
            if (port.multiple()) {
                ArrayNode list = mapper.createArrayNode();
                ordered.forEach(s -> list.add(reference(s)));
                inputs.set(port.name(), list.isEmpty() ? TextNode.valueOf("") : list);
            } else {
                inputs.put(port.name(), ordered.isEmpty() ? "" : reference(ordered.iterator().next()));
            }
        }
    }

    private static Set<String> references(JsonNode raw) {
        Set<String> out = new LinkedHashSet<>();
        (raw.isArray() ? raw : JsonNodeFactory.instance.arrayNode().add(raw)).forEach(item -> {
            Matcher m = REFERENCE.matcher(item.asText());
            while (m.find()) {
                out.add(m.group(1));
            }
        });
        return out;
    }

    private static String reference(String nodeId) {
        return "{{" + nodeId + ".data.instance}}";
    }

    private static boolean same(JsonNode typed, JsonNode value) {
        return typed == null ? value.isNull() : JsonDiff.equivalent(typed, value);
    }
}
