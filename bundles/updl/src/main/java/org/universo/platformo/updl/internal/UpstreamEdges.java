package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.UpstreamCanvasFormat;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;

/**
 * Upstream edges to {@link Edge}s and back. The original edge (without its id) is kept; on export it is given back
 * unchanged as long as importing it again would yield the same edge, otherwise its handles are regenerated.
 */
final class UpstreamEdges {
    private final ObjectMapper mapper;
    private final TypeIndex types;

    UpstreamEdges(ObjectMapper mapper, TypeIndex types) {
        this.mapper = mapper;
        this.types = types;
    }

    Edge read(JsonNode raw, Map<String, String> nodeTypes, ObjectNode kept) {
        String id = text(raw, "id");
        String source = text(raw, "source");
        String target = text(raw, "target");
        if (id == null || source == null || target == null) {
            throw new IllegalArgumentException("An upstream edge needs id, source and target: " + raw);
        }
        ObjectNode rest = ((ObjectNode) raw).deepCopy();
        rest.remove("id");
        kept.set(id, rest);
        String[] ports = ports(source, target, text(raw, "sourceHandle"), text(raw, "targetHandle"), nodeTypes);
        return new Edge(id, source, ports[0], target, ports[1]);
    }

    ObjectNode write(Edge edge, JsonNode kept, Map<String, Node> nodes, Map<String, String> nodeTypes) {
        if (kept instanceof ObjectNode original && edge.source().equals(text(original, "source"))
                && edge.target().equals(text(original, "target"))
                && List.of(ports(edge.source(), edge.target(), text(original, "sourceHandle"),
                        text(original, "targetHandle"), nodeTypes)).equals(List.of(edge.sourcePort(), edge.targetPort()))) {
            ObjectNode out = original.deepCopy();
            out.put("id", edge.id());
            return out;
        }
        ObjectNode out = kept instanceof ObjectNode original ? original.deepCopy() : mapper.createObjectNode();
        out.put("source", edge.source());
        out.put("sourceHandle", Handles.output(edge.source(), nodeName(nodes.get(edge.source()), edge),
                upstreamType(nodes.get(edge.source()))));
        out.put("target", edge.target());
        out.put("targetHandle", Handles.input(edge.target(), edge.targetPort(), typeOf(nodeTypes, edge.target())));
        if (!out.has("type")) {
            out.put("type", "buttonedge");
        }
        out.put("id", edge.id());
        return out;
    }

    /** Our port names for an upstream edge: [source output, target input]. */
    private String[] ports(String source, String target, String sourceHandle, String targetHandle,
            Map<String, String> nodeTypes) {
        NodeType from = typeOf(nodeTypes, source);
        NodeType to = typeOf(nodeTypes, target);
        String out = Handles.anchor(sourceHandle, source, Handles.OUTPUT);
        Port output = null;
        if (from != null) {
            // Upstream names the output anchor after the node, ours after the data type: map the only output.
            output = (out == null ? null : from.output(out).orElse(null));
            if (output == null && from.outputs().size() == 1) {
                output = from.outputs().get(0);
            }
        }
        String sourcePort = output != null ? output.name() : (out != null ? out : "output");
        String in = Handles.anchor(targetHandle, target, Handles.INPUT);
        if (in == null && to != null && output != null) {
            Port finalOutput = output;
            List<Port> fitting = to.inputs().stream().filter(p -> p.accepts(finalOutput)).toList();
            in = fitting.size() == 1 ? fitting.get(0).name() : null;
        }
        return new String[] {sourcePort, in != null ? in : "input"};
    }

    private NodeType typeOf(Map<String, String> nodeTypes, String nodeId) {
        String type = nodeTypes.get(nodeId);
        return type == null ? null : types.type(type);
    }

    private static String nodeName(Node node, Edge edge) {
        return node == null ? edge.sourcePort() : node.type();
    }

    private static String upstreamType(Node node) {
        if (node == null) {
            return "any";
        }
        if (node.data().get(UpstreamCanvasFormat.EXTRAS_KEY) instanceof Map<?, ?> extras
                && extras.get("data") instanceof Map<?, ?> data && data.get("type") instanceof String type) {
            return type;
        }
        return "UPDL" + node.type();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
