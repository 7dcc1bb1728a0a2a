package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.UpstreamCanvasFormat;
import org.universo.platformo.updl.Viewport;

/**
 * {@link UpstreamCanvasFormat}. Canvas-level leftovers go to {@code canvas.extensions._upstream}: {@code canvas}
 * (other top-level keys), {@code viewport} (an unusual one, verbatim), {@code edges} (each original edge by id) and
 * {@code absent} (members the original did not have).
 */
@Component(service = UpstreamCanvasFormat.class)
public final class UpstreamFormatComponent implements UpstreamCanvasFormat {
    private final ObjectMapper mapper = new ObjectMapper();
    private final NodeTypeRegistry registry;
    private final Coercion coercion = new Coercion(mapper);

    @Activate
    public UpstreamFormatComponent(@Reference NodeTypeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Canvas importCanvas(JsonNode upstream, String canvasId, String name, int order) {
        if (upstream == null || !upstream.isObject() || !upstream.path("nodes").isArray()) {
            throw new IllegalArgumentException("An upstream canvas is an object with a nodes array");
        }
        TypeIndex types = new TypeIndex(registry);
        UpstreamNodes reader = new UpstreamNodes(mapper, types, coercion);
        ObjectNode extras = mapper.createObjectNode();
        ArrayNode absent = mapper.createArrayNode();
        ObjectNode rest = ((ObjectNode) upstream).deepCopy();
        rest.remove(List.of("nodes", "edges", "viewport"));
        List<Node> nodes = new ArrayList<>();
        Map<String, String> nodeTypes = new HashMap<>();
        for (JsonNode raw : upstream.get("nodes")) {
            Node node = reader.read(raw);
            nodes.add(node);
            nodeTypes.putIfAbsent(node.id(), node.type());
        }
        List<Edge> edges = new ArrayList<>();
        JsonNode rawEdges = upstream.get("edges");
        ObjectNode keptEdges = mapper.createObjectNode();
        if (rawEdges == null) {
            absent.add("edges");
        } else if (!rawEdges.isArray()) {
            throw new IllegalArgumentException("Upstream edges must be an array");
        } else {
            UpstreamEdges edgeReader = new UpstreamEdges(mapper, types);
            rawEdges.forEach(raw -> edges.add(edgeReader.read(raw, nodeTypes, keptEdges)));
        }
        Viewport viewport = viewport(upstream.get("viewport"), extras, absent);
        put(extras, "canvas", rest);
        put(extras, "edges", keptEdges);
        put(extras, "absent", absent);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(EXTRAS_KEY, mapper.convertValue(extras, Map.class));
        return new Canvas(canvasId, name, order, nodes, edges, viewport, null, extensions);
    }

    @Override
    public JsonNode exportCanvas(Canvas canvas) {
        TypeIndex types = new TypeIndex(registry);
        UpstreamNodeWriter writer = new UpstreamNodeWriter(mapper, types, coercion);
        UpstreamEdges edgeWriter = new UpstreamEdges(mapper, types);
        Object stored = canvas.extensions() == null ? null : canvas.extensions().get(EXTRAS_KEY);
        JsonNode extras = stored == null ? MissingNode.getInstance() : mapper.valueToTree(stored);
        List<String> absent = new ArrayList<>();
        extras.path("absent").forEach(a -> absent.add(a.asText()));
        ObjectNode out = mapper.createObjectNode();
        Map<String, List<Edge>> incoming = new HashMap<>();
        Map<String, Node> byId = new HashMap<>();
        Map<String, String> nodeTypes = new HashMap<>();
        canvas.edges().forEach(e -> incoming.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e));
        canvas.nodes().forEach(n -> {
            byId.putIfAbsent(n.id(), n);
            nodeTypes.putIfAbsent(n.id(), n.type());
        });
        ArrayNode nodes = out.putArray("nodes");
        canvas.nodes().forEach(n -> nodes.add(writer.write(n, incoming.getOrDefault(n.id(), List.of()))));
        if (!(absent.contains("edges") && canvas.edges().isEmpty())) {
            ArrayNode edges = out.putArray("edges");
            canvas.edges().forEach(e -> edges.add(edgeWriter.write(e, extras.path("edges").get(e.id()), byId,
                    nodeTypes)));
        }
        if (canvas.viewport() != null) {
            ObjectNode viewport = out.putObject("viewport");
            viewport.set("x", JsNumbers.node(canvas.viewport().x()));
            viewport.set("y", JsNumbers.node(canvas.viewport().y()));
            viewport.set("zoom", JsNumbers.node(canvas.viewport().zoom()));
        } else if (extras.has("viewport")) {
            out.set("viewport", extras.get("viewport"));
        }
        if (extras.path("canvas").isObject()) {
            out.setAll((ObjectNode) extras.get("canvas").deepCopy());
        }
        return out;
    }

    @Override
    public Canvas withoutUpstreamExtras(Canvas canvas) {
        List<Node> nodes = canvas.nodes().stream().map(n -> {
            Map<String, Object> data = new LinkedHashMap<>(n.data());
            data.remove(EXTRAS_KEY);
            return new Node(n.id(), n.type(), n.position(), data, n.label());
        }).toList();
        Map<String, Object> extensions = canvas.extensions() == null ? null : new LinkedHashMap<>(canvas.extensions());
        if (extensions != null) {
            extensions.remove(EXTRAS_KEY);
        }
        return new Canvas(canvas.id(), canvas.name(), canvas.order(), nodes, canvas.edges(), canvas.viewport(),
                canvas.diagram(), extensions == null || extensions.isEmpty() ? null : extensions);
    }

    private static Viewport viewport(JsonNode raw, ObjectNode extras, ArrayNode absent) {
        if (raw == null) {
            absent.add("viewport");
            return null;
        }
        if (raw.size() == 3 && raw.path("x").isNumber() && raw.path("y").isNumber() && raw.path("zoom").isNumber()
                && raw.get("zoom").doubleValue() > 0) {
            return new Viewport(raw.get("x").doubleValue(), raw.get("y").doubleValue(), raw.get("zoom").doubleValue());
        }
        extras.set("viewport", raw);
        return null;
    }

    private static void put(ObjectNode target, String key, JsonNode value) {
        if (value.size() > 0) {
            target.set(key, value);
        }
    }
}
