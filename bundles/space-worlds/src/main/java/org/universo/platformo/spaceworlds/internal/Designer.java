package org.universo.platformo.spaceworlds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.spaceworlds.spi.ComponentMaterializer;
import org.universo.platformo.spaceworlds.spi.NodeMaterializer;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.utils.schema.Violation;

/**
 * A space graph as designed entities: every Entity and Object node, and every node a domain's materializer claims,
 * becomes one entity keyed by the node id, with what its attached Component nodes add; so do the nodes of the spaces
 * it links. All problems are collected
 * and refuse the graph together.
 */
final class Designer {
    /** The check of one component document against its type; throws ApiException for an unknown type. */
    interface Check {
        List<Violation> check(String type, JsonNode data);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Function<String, Optional<NodeMaterializer>> nodes;
    private final Function<String, Optional<ComponentMaterializer>> components;
    private final Check check;

    Designer(Function<String, Optional<NodeMaterializer>> nodes,
            Function<String, Optional<ComponentMaterializer>> components, Check check) {
        this.nodes = nodes;
        this.components = components;
        this.check = check;
    }

    List<DesignedEntity> design(SpaceGraph graph) {
        return design(graph, List.of());
    }

    /**
     * The root graph's entities keyed by node id, and those of every space it includes through links keyed
     * {@code spaceId/nodeId}: the templates draw linked spaces' nodes where they were drawn, so the world has them too.
     */
    List<DesignedEntity> design(SpaceGraph graph, List<ResolvedSpace> linked) {
        List<DesignedEntity> out = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        add(graph, "", out, errors);
        for (ResolvedSpace space : linked) {
            add(space.graph(), space.spaceId() + "/", out, errors);
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return out;
    }

    private void add(SpaceGraph graph, String prefix, List<DesignedEntity> out, List<Map<String, Object>> errors) {
        for (Canvas canvas : graph.canvases()) {
            Map<String, Node> byId = new LinkedHashMap<>();
            canvas.nodes().forEach(n -> byId.put(n.id(), n));
            for (Node n : canvas.nodes()) {
                try {
                    Map<String, JsonNode> made = entity(n);
                    if (made == null) {
                        continue;
                    }
                    String key = prefix + n.id();
                    Map<String, JsonNode> all = new LinkedHashMap<>(made);
                    for (Edge e : canvas.edges()) {
                        Node part = byId.get(e.source());
                        if (e.target().equals(n.id()) && part != null && "Component".equals(part.type())) {
                            attach(part, all, errors, prefix, key);
                        }
                    }
                    checked(key, all, errors);
                    out.add(new DesignedEntity(key, name(n), all, instanceOf(n)));
                } catch (IllegalArgumentException | ClassCastException e) {
                    errors.add(error(prefix + n.id(), null, "", e.getMessage() == null ? "cannot become an entity"
                            : e.getMessage()));
                }
            }
        }
    }

    /** The node's own components; null when its type makes no entity. */
    private Map<String, JsonNode> entity(Node n) {
        return switch (n.type()) {
            case "Entity" -> CoreNodes.entity(n, json);
            case "Object" -> CoreNodes.object(n, json);
            default -> nodes.apply(n.type()).map(m -> m.components(n)).orElse(null);
        };
    }

    private void attach(Node part, Map<String, JsonNode> entity, List<Map<String, Object>> errors, String prefix,
            String entityId) {
        Object kind = part.data().getOrDefault("componentType", "render");
        try {
            if ("render".equals(kind)) {
                CoreNodes.render(part, entity, json);
                return;
            }
            components.apply(String.valueOf(kind)).ifPresent(m ->
                    entity.putAll(m.components(part.data(), java.util.Collections.unmodifiableMap(entity))));
        } catch (IllegalArgumentException | ClassCastException e) {
            errors.add(error(prefix + part.id(), null, "", "attached to " + entityId + ": " + e.getMessage()));
        }
    }

    private void checked(String nodeId, Map<String, JsonNode> components, List<Map<String, Object>> errors) {
        components.forEach((type, data) -> {
            try {
                for (Violation v : check.check(type, data)) {
                    errors.add(error(nodeId, type, v.pointer(), v.message()));
                }
            } catch (ApiException unknown) {
                errors.add(error(nodeId, type, "", unknown.getMessage()));
            }
        });
    }

    /** The published resource version the node is an instance of, if it names one. */
    private static String instanceOf(Node n) {
        Object v = n.data().get("resourceVersionId");
        if (v != null && !(v instanceof String s && !s.isBlank())) {
            throw new IllegalArgumentException("resourceVersionId is the id of a resource version");
        }
        return (String) v;
    }

    private static String name(Node n) {
        if (n.label() != null && !n.label().isBlank()) {
            return n.label();
        }
        Object name = n.data().get("name");
        return name instanceof String s && !s.isBlank() ? s : n.type();
    }

    static Map<String, Object> error(String nodeId, String type, String pointer, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("nodeId", nodeId);
        if (type != null) {
            e.put("type", type);
        }
        e.put("pointer", pointer);
        e.put("message", message);
        return e;
    }

    static ApiException refused(List<Map<String, Object>> errors) {
        List<Object> ids = errors.stream().map(e -> e.get("nodeId")).distinct().toList();
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Nodes " + ids + " cannot become entities: "
                + errors.get(0).get("message"), Map.of("nodeIds", ids, "errors", errors));
    }
}
