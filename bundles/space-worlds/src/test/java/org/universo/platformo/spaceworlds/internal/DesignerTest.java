package org.universo.platformo.spaceworlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.DesignedEntity;
import org.universo.platformo.spaceworlds.spi.ComponentMaterializer;
import org.universo.platformo.spaceworlds.spi.NodeMaterializer;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.utils.schema.Violation;

/** Nodes as designed entities: the creator's numbers as drawn, domains' materializers, every problem named by node. */
class DesignerTest {
    private static final Position AT = new Position(0, 0);
    private static final ComponentMaterializer ORE = (component, entity) -> Map.of("Ore",
            JsonNodeFactory.instance.objectNode().put("tons", ((Number) component.get("maxYield")).doubleValue()));
    private static final NodeMaterializer BEACONS = node -> {
        Object range = node.data().get("range");
        if (!(range instanceof Number)) {
            throw new IllegalArgumentException("a beacon needs a range");
        }
        return Map.of("Beacon", JsonNodeFactory.instance.objectNode().put("range", ((Number) range).doubleValue()));
    };

    private final Designer designer = new Designer(type -> "test.Beacon".equals(type) ? Optional.of(BEACONS)
            : Optional.empty(), kind -> "mineable".equals(kind) ? Optional.of(ORE) : Optional.empty(),
            (type, data) -> {
                if (type.equals("Unknown")) {
                    throw ApiException.notFound("component type Unknown");
                }
                return data.path("tons").asDouble() < 0 ? List.of(new Violation("/tons", "minimum", "at least 0"))
                        : List.of();
            });

    @Test
    void entitiesKeepTheCreatorsNumbersAndTakeWhatTheirComponentsAndDomainsAdd() {
        Node rock = new Node("rock", "Entity", AT, Map.of("entityType", "asteroid", "transform", Map.of("pos",
                List.of(10, 20, 30), "rot", List.of(0, 90, 0), "scale", List.of(2, 3, 4))), "Big rock");
        Node paint = new Node("paint", "Component", AT, Map.of("componentType", "render", "color", "#F80"));
        Node ore = new Node("ore", "Component", AT, Map.of("componentType", "mineable", "maxYield", 3));
        Node script = new Node("script", "Component", AT, Map.of("componentType", "script"));
        Node beacon = new Node("beacon", "test.Beacon", AT, Map.of("range", 500));
        Node note = new Node("note", "test.Note", AT, Map.of());
        List<DesignedEntity> design = designer.design(graph(List.of(rock, paint, ore, script, beacon, note),
                List.of(edge(paint, rock), edge(ore, rock), edge(script, rock))));

        assertEquals(List.of("rock", "beacon"), design.stream().map(DesignedEntity::key).toList());
        DesignedEntity r = design.get(0);
        assertEquals("Big rock", r.name());
        JsonNode t = r.components().get("Transform");
        assertEquals(List.of(10.0, 20.0, 30.0), List.of(t.at("/position/x").asDouble(), t.at("/position/y").asDouble(),
                t.at("/position/z").asDouble()));
        assertEquals(Math.sqrt(0.5), t.at("/rotation/y").asDouble(), 1e-12, "90° about Y");
        assertEquals(Math.sqrt(0.5), t.at("/rotation/w").asDouble(), 1e-12);
        assertEquals(List.of(2.0, 3.0, 4.0), List.of(t.at("/scale/x").asDouble(), t.at("/scale/y").asDouble(),
                t.at("/scale/z").asDouble()), "scale as drawn, no per-type multiplier");
        assertEquals("asteroid", r.components().get("Visual").path("model").asText());
        assertEquals("#ff8800", r.components().get("Visual").path("color").asText());
        assertEquals(3, r.components().get("Ore").path("tons").asDouble());
        assertEquals(500, design.get(1).components().get("Beacon").path("range").asDouble());
    }

    @Test
    void anObjectIsAsLargeAsTemplatesDrawIt() {
        Node crate = new Node("crate", "Object", AT, Map.of("objectType", "Box", "color", "#00FF00", "positionX", 4,
                "positionZ", -2, "scale", 2, "width", 1.5, "height", 0.5, "depth", 3), "Crate");
        JsonNode t = designer.design(graph(List.of(crate), List.of())).get(0).components().get("Transform");
        assertEquals(List.of(4.0, 0.5, -2.0), List.of(t.at("/position/x").asDouble(), t.at("/position/y").asDouble(),
                t.at("/position/z").asDouble()), "standing where a template puts it");
        assertEquals(List.of(3.0, 1.0, 6.0), List.of(t.at("/scale/x").asDouble(), t.at("/scale/y").asDouble(),
                t.at("/scale/z").asDouble()), "width, height and depth times the scale");
    }

    @Test
    void everyNodeThatCannotBecomeAnEntityIsNamed() {
        Node badTransform = new Node("bad-transform", "Entity", AT, Map.of("transform", Map.of("pos",
                List.of("x", 0, 0))));
        Node beacon = new Node("no-range", "test.Beacon", AT, Map.of());
        Node rock = new Node("rock", "Entity", AT, Map.of());
        Node ore = new Node("negative-ore", "Component", AT, Map.of("componentType", "mineable", "maxYield", -1));
        Node fine = new Node("fine", "Entity", AT, Map.of());
        ApiException e = assertThrows(ApiException.class, () -> designer.design(graph(List.of(badTransform, beacon,
                rock, ore, fine), List.of(edge(ore, rock)))));
        assertEquals(422, e.httpStatus());
        assertEquals(List.of("bad-transform", "no-range", "rock"), e.details().get("nodeIds"));
    }

    @Test
    void anEntityNamingAResourceVersionIsItsInstance() {
        Node hull = new Node("hull", "Entity", AT, Map.of("resourceVersionId", "v-hull"));
        assertEquals("v-hull", designer.design(graph(List.of(hull), List.of())).get(0).resourceVersionId());
        assertEquals(null, designer.design(graph(List.of(new Node("rock", "Entity", AT, Map.of())), List.of())).get(0)
                .resourceVersionId());
        ApiException e = assertThrows(ApiException.class, () -> designer.design(graph(List.of(new Node("bad",
                "Entity", AT, Map.of("resourceVersionId", 7))), List.of())));
        assertEquals(List.of("bad"), e.details().get("nodeIds"));
    }

    @Test
    void theSpacesALinkIncludesAreInTheWorldKeyedBySpaceAndNode() {
        Node station = new Node("station", "Entity", AT, Map.of("entityType", "station", "transform",
                Map.of("pos", List.of(0, 0, 500))));
        Node rock = new Node("rock", "Entity", AT, Map.of());
        Node link = new Node("link", "SpaceLink", AT, Map.of("spaceId", "belt"));
        List<DesignedEntity> design = designer.design(graph(List.of(station, link), List.of()), List.of(
                new ResolvedSpace("belt", 3, graph(List.of(rock, new Node("station", "Entity", AT, Map.of())),
                        List.of()))));
        assertEquals(List.of("station", "belt/rock", "belt/station"), design.stream().map(DesignedEntity::key)
                .toList(), "the same node id in two spaces is two entities");
        assertEquals(500, design.get(0).components().get("Transform").at("/position/z").asDouble());

        Node broken = new Node("broken", "test.Beacon", AT, Map.of());
        ApiException e = assertThrows(ApiException.class, () -> designer.design(graph(List.of(station), List.of()),
                List.of(new ResolvedSpace("belt", 3, graph(List.of(broken), List.of())))));
        assertEquals(List.of("belt/broken"), e.details().get("nodeIds"), "a linked space's node says whose it is");
    }

    private static SpaceGraph graph(List<Node> nodes, List<Edge> edges) {
        return new SpaceGraph(List.of(new Canvas("c1", "Main", 0, nodes, edges)));
    }

    private static Edge edge(Node from, Node to) {
        return new Edge(from.id() + "-" + to.id(), from.id(), "component", to.id(), "components");
    }
}
