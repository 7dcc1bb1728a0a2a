package org.universo.platformo.updl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.updl.Fixtures.MAPPER;
import static org.universo.platformo.updl.Fixtures.UPSTREAM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UpstreamCanvasFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"quiz", "mmoomm-sector"})
    void exportOfAnImportGivesTheOriginalBackKeyForKey(String name) {
        JsonNode original = Fixtures.upstream(name);
        Canvas canvas = UPSTREAM.importCanvas(original, "main", name, 0);
        assertEquals(original, UPSTREAM.exportCanvas(canvas));
        // Also after the canvas went through storage as JSON (maps, lists and numbers as Jackson reads them).
        assertEquals(original, UPSTREAM.exportCanvas(Fixtures.roundTrip(canvas, Canvas.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quiz", "mmoomm-sector"})
    void importedCanvasesValidateWithoutProblems(String name) {
        Canvas canvas = Fixtures.imported(name);
        assertEquals(List.of(), Fixtures.VALIDATOR.validate(new SpaceGraph(List.of(canvas)), GraphLimits.DEFAULTS));
    }

    @Test
    void importMapsUpstreamNodesEdgesAndValuesToTheModel() {
        Canvas canvas = Fixtures.imported("mmoomm-sector");
        Node ship = node(canvas, "Entity_0");
        assertEquals("Entity", ship.type());
        assertEquals("Player ship", ship.label());
        assertEquals(new Position(800, 600), ship.position());
        assertEquals("ship", ship.data().get("entityType"));
        // JSON text and comma lists become structured values.
        assertEquals(Map.of("pos", List.of(0, 0, 0), "rot", List.of(0, 0, 0), "scale", List.of(1, 1, 1)),
                ship.data().get("transform"));
        assertEquals(List.of("player", "ship"), ship.data().get("tags"));
        // Connection anchors are edges in the model, not fields.
        assertFalse(ship.data().containsKey("components"));
        Node cargo = node(canvas, "Component_1");
        assertEquals(20, cargo.data().get("maxCapacity"), "a number typed in upstream is text there");
        assertFalse(cargo.data().containsKey("currentLoad"), "upstream keeps an untouched 0 default as \"\"");
        Node mine = node(canvas, "Action_1");
        assertEquals(1.5, mine.data().get("amount"));

        Edge edge = canvas.edges().stream().filter(e -> e.source().equals("Component_0")).findFirst().orElseThrow();
        assertEquals(new Edge(edge.id(), "Component_0", "component", "Entity_0", "components"), edge);
        assertEquals(new Viewport(96.5, -14.25, 0.35), canvas.viewport());
    }

    @Test
    void changedValuesAreExportedInTheUpstreamForm() {
        Canvas canvas = Fixtures.imported("mmoomm-sector");
        Canvas edited = replaceNode(canvas, "Entity_0", n -> {
            Map<String, Object> data = new LinkedHashMap<>(n.data());
            data.put("transform", Map.of("pos", List.of(5, 0, 0), "rot", List.of(0, 90, 0), "scale", List.of(1, 1, 1)));
            data.put("entityType", "player");
            return new Node(n.id(), n.type(), new Position(810, 600), data, "Hero");
        });
        JsonNode exported = UPSTREAM.exportCanvas(edited);
        JsonNode ship = nodeJson(exported, "Entity_0");
        JsonNode transform = ship.at("/data/inputs/transform");
        assertTrue(transform.isTextual(), "upstream keeps JSON fields as text");
        assertEquals(MAPPER.valueToTree(Map.of("pos", List.of(5, 0, 0), "rot", List.of(0, 90, 0), "scale",
                List.of(1, 1, 1))), readTree(transform.asText()));
        assertEquals("player", ship.at("/data/inputs/entityType").asText());
        assertEquals("Hero", ship.at("/data/label").asText());
        assertEquals(810, ship.at("/position/x").intValue());
        // Everything else is untouched.
        ObjectNode expected = (ObjectNode) Fixtures.upstream("mmoomm-sector").deepCopy();
        JsonNode originalShip = nodeJson(expected, "Entity_0");
        ((ObjectNode) originalShip).set("position", ship.get("position"));
        ((ObjectNode) originalShip.get("data")).set("label", ship.at("/data/label"));
        ((ObjectNode) originalShip.at("/data/inputs")).set("transform", transform);
        ((ObjectNode) originalShip.at("/data/inputs")).put("entityType", "player");
        assertEquals(expected, exported);
    }

    @Test
    void reconnectedEdgesGetNewHandlesAndAnchors() {
        Canvas canvas = Fixtures.imported("mmoomm-sector");
        // Move the weapon from the player ship to the trader.
        List<Edge> edges = new ArrayList<>();
        for (Edge e : canvas.edges()) {
            edges.add(e.source().equals("Component_2")
                    ? new Edge(e.id(), e.source(), e.sourcePort(), "Entity_5", e.targetPort()) : e);
        }
        Canvas edited = new Canvas(canvas.id(), canvas.name(), canvas.order(), canvas.nodes(), edges,
                canvas.viewport(), canvas.diagram(), canvas.extensions());
        JsonNode exported = UPSTREAM.exportCanvas(edited);
        JsonNode edge = null;
        for (JsonNode e : exported.get("edges")) {
            if (e.get("source").asText().equals("Component_2")) {
                edge = e;
            }
        }
        assertEquals("Entity_5", edge.get("target").asText());
        assertEquals("Entity_5-input-components-UPDLComponent", edge.get("targetHandle").asText());
        assertEquals(List.of("{{Component_0.data.instance}}", "{{Component_1.data.instance}}"),
                texts(nodeJson(exported, "Entity_0").at("/data/inputs/components")));
        assertEquals(List.of("{{Component_11.data.instance}}", "{{Component_12.data.instance}}",
                "{{Component_2.data.instance}}"), texts(nodeJson(exported, "Entity_5").at("/data/inputs/components")));
        // Importing the export gives the edited canvas again.
        Canvas again = UPSTREAM.importCanvas(exported, "main", "mmoomm-sector", 0);
        assertEquals(edges, again.edges());
    }

    @Test
    void aCanvasDrawnInOurEditorExportsAsAMinimalUpstreamCanvas() {
        Canvas ours = new Canvas("c1", "Ours", 0, List.of(
                new Node("s", CoreTypes.SPACE, new Position(0, 0), Map.of("spaceName", "New")),
                new Node("e", CoreTypes.ENTITY, new Position(-300, 20.5), Map.of("entityType", "gate"), "Gate")),
                List.of(new Edge("e1", "e", "entity", "s", "entities")), null, null);
        JsonNode exported = UPSTREAM.exportCanvas(ours);
        JsonNode entity = nodeJson(exported, "e");
        assertEquals("Entity", entity.at("/data/name").asText());
        assertEquals("Gate", entity.at("/data/label").asText());
        assertEquals("gate", entity.at("/data/inputs/entityType").asText());
        assertEquals(List.of("{{e.data.instance}}"), texts(nodeJson(exported, "s").at("/data/inputs/entities")));
        assertEquals("e-output-Entity-UPDLEntity|UPDLNode", exported.at("/edges/0/sourceHandle").asText());
        assertEquals("s-input-entities-UPDLEntity", exported.at("/edges/0/targetHandle").asText());
        assertFalse(exported.has("viewport"));
        Canvas back = UPSTREAM.withoutUpstreamExtras(UPSTREAM.importCanvas(exported, "c1", "Ours", 0));
        assertEquals(ours.edges(), back.edges());
        assertEquals(ours.nodes().get(1).data(), back.nodes().get(1).data());
        assertEquals(ours.nodes().get(1).position(), back.nodes().get(1).position());
    }

    @Test
    void theMinimalUpstreamFormatWithoutPositionsOrHandlesRoundTrips() {
        JsonNode minimal = readTree("""
                {"nodes": [
                  {"id": "space-1", "data": {"name": "Space", "inputs": {"spaceName": "Main", "showPoints": true}}},
                  {"id": "entity-1", "data": {"name": "Entity", "inputs": {"entityType": "player"}}},
                  {"id": "mystery-1", "data": {"name": "Teleporter", "inputs": {"range": "12"}}}],
                 "edges": [{"id": "edge-entity-space", "source": "entity-1", "target": "space-1"}],
                 "meta": {"exportedBy": "upstream"}}""");
        Canvas canvas = UPSTREAM.importCanvas(minimal, "c", "c", 0);
        assertEquals(new Edge("edge-entity-space", "entity-1", "entity", "space-1", "entities"), canvas.edges().get(0));
        assertEquals("12", canvas.nodes().get(2).data().get("range"), "unknown types keep their values verbatim");
        assertNull(canvas.viewport());
        assertEquals(minimal, UPSTREAM.exportCanvas(canvas));
    }

    @Test
    void refusesWhatIsNotAnUpstreamCanvas() {
        assertThrows(IllegalArgumentException.class, () -> UPSTREAM.importCanvas(readTree("[]"), "c", "c", 0));
        assertThrows(IllegalArgumentException.class,
                () -> UPSTREAM.importCanvas(readTree("{\"nodes\": [{\"id\": \"x\"}]}"), "c", "c", 0));
        assertThrows(IllegalArgumentException.class, () -> UPSTREAM.importCanvas(
                readTree("{\"nodes\": [], \"edges\": [{\"source\": \"a\"}]}"), "c", "c", 0));
    }

    @Test
    void strippingUpstreamExtrasLeavesOnlyModelData() {
        Canvas stripped = UPSTREAM.withoutUpstreamExtras(Fixtures.imported("quiz"));
        assertNull(stripped.extensions());
        stripped.nodes().forEach(n -> assertFalse(n.data().containsKey(UpstreamCanvasFormat.EXTRAS_KEY), n.id()));
        assertNotEquals(Fixtures.upstream("quiz"), UPSTREAM.exportCanvas(stripped));
    }

    static Node node(Canvas canvas, String id) {
        return canvas.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    static Canvas replaceNode(Canvas canvas, String id, java.util.function.UnaryOperator<Node> change) {
        List<Node> nodes = canvas.nodes().stream().map(n -> n.id().equals(id) ? change.apply(n) : n).toList();
        return new Canvas(canvas.id(), canvas.name(), canvas.order(), nodes, canvas.edges(), canvas.viewport(),
                canvas.diagram(), canvas.extensions());
    }

    private static JsonNode nodeJson(JsonNode canvas, String id) {
        for (JsonNode n : canvas.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
