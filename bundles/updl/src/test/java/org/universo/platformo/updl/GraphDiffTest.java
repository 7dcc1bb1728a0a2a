package org.universo.platformo.updl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.updl.diff.CanvasChange;
import org.universo.platformo.updl.diff.ChangeKind;
import org.universo.platformo.updl.diff.EdgeChange;
import org.universo.platformo.updl.diff.FieldChange;
import org.universo.platformo.updl.diff.GraphChanges;
import org.universo.platformo.updl.diff.GraphDiff;
import org.universo.platformo.updl.diff.NodeChange;
import org.universo.platformo.updl.diff.ShapeChange;
import org.universo.platformo.updl.diff.ValueChange;

class GraphDiffTest {

    @Test
    void identicalGraphsHaveNoChanges() {
        SpaceGraph sector = SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR);
        assertTrue(GraphDiff.diff(sector, Fixtures.roundTrip(sector, SpaceGraph.class)).isEmpty());
    }

    @Test
    void twoVersionsOfTheSectorDifferExactlyByTheEdits() {
        SpaceGraph v1 = SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR);
        SpaceGraph v2 = edit(v1);

        GraphChanges changes = GraphDiff.diff(v1, v2);

        // fireRate went from 2 to 2.0, the same JSON number, so it is not listed.
        assertEquals(List.of(
                new CanvasChange("main", ChangeKind.CHANGED, new ValueChange("Sector Kubio-7", "Kubio-7 (war)"), null,
                        new ValueChange(new Viewport(96.5, -14.25, 0.35), new Viewport(0, 0, 1)), false, false),
                new CanvasChange("lore", ChangeKind.ADDED, null, null, null, false, false)), changes.canvases());
        assertEquals(List.of(
                new NodeChange("main", "Component_2", ChangeKind.CHANGED, "Component", null, null, null, List.of(
                        new FieldChange("damage", ChangeKind.CHANGED, 5, 8),
                        new FieldChange("props", ChangeKind.ADDED, null, Map.of("heat", 3)),
                        new FieldChange("scriptName", ChangeKind.REMOVED, "myScript.js", null))),
                new NodeChange("main", "Entity_0", ChangeKind.CHANGED, "Entity", null,
                        new ValueChange(new Position(800, 600), new Position(820, 640)),
                        new ValueChange("Player ship", "Flagship"), List.of()),
                new NodeChange("main", "Entity_6", ChangeKind.ADDED, "Entity", null, null, null, null),
                new NodeChange("main", "Event_5", ChangeKind.REMOVED, "Event", null, null, null, null),
                new NodeChange("lore", "lore-space", ChangeKind.ADDED, "Space", null, null, null, null)),
                changes.nodes());
        List<String> edges = changes.edges().stream().map(e -> e.change() + " " + e.edgeId()).toList();
        assertEquals(List.of("CHANGED " + weaponEdge(v1).id(), "ADDED e-asteroid-c", "REMOVED " + edgeInto(v1, "Event_5"),
                "REMOVED " + edgeFrom(v1, "Event_5").id()), edges);
        EdgeChange moved = changes.edges().get(0);
        assertEquals("Entity_0", moved.before().target());
        assertEquals("Entity_5", moved.after().target());
        assertEquals(List.of(new ShapeChange("main", "note-gate", ChangeKind.CHANGED),
                new ShapeChange("main", "title", ChangeKind.REMOVED)), changes.shapes());
    }

    @Test
    void theChangesSerializeAsJsonThatFollowsTheirSchema() {
        SpaceGraph v1 = SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR);
        GraphChanges changes = GraphDiff.diff(v1, edit(v1));
        JsonNode json = Fixtures.tree(changes);
        assertEquals(List.of(), Fixtures.SCHEMAS.validate(GraphDiffTest.class.getClassLoader(),
                "updl/GraphChanges.schema.json", json));
        assertEquals("changed", json.at("/nodes/0/data/0/change").asText());
        assertEquals(8, json.at("/nodes/0/data/0/after").intValue());
        assertEquals(820, json.at("/nodes/1/position/after/x").intValue());
        // Reading it back gives the same JSON again (values become plain JSON values).
        assertEquals(json, Fixtures.tree(Fixtures.roundTrip(changes, GraphChanges.class)));
    }

    @Test
    void reservedDataKeysAreNotReported() {
        Canvas imported = Fixtures.imported("quiz");
        Canvas stripped = Fixtures.UPSTREAM.withoutUpstreamExtras(imported);
        GraphChanges changes = GraphDiff.diff(new SpaceGraph(List.of(imported)), new SpaceGraph(List.of(stripped)));
        assertEquals(List.of(), changes.nodes());
        assertEquals(List.of(new CanvasChange("main", ChangeKind.CHANGED, null, null, null, false, true)),
                changes.canvases());
    }

    /** The second version: a moved, renamed ship; a re-tuned weapon given to the trader; a new asteroid; no timer. */
    private static SpaceGraph edit(SpaceGraph v1) {
        Canvas c = v1.canvases().get(0);
        List<Node> nodes = new ArrayList<>();
        for (Node n : c.nodes()) {
            if (n.id().equals("Event_5")) {
                continue;
            }
            if (n.id().equals("Entity_0")) {
                n = new Node(n.id(), n.type(), new Position(820, 640), n.data(), "Flagship");
            } else if (n.id().equals("Component_2")) {
                Map<String, Object> data = new LinkedHashMap<>(n.data());
                data.put("damage", 8);
                data.put("fireRate", 2.0);
                data.remove("scriptName");
                data.put("props", Map.of("heat", 3));
                n = new Node(n.id(), n.type(), n.position(), data, n.label());
            }
            nodes.add(n);
        }
        nodes.add(new Node("Entity_6", CoreTypes.ENTITY, new Position(800, 12000), Map.of("entityType", "asteroid"),
                "Asteroid C"));
        String weapon = weaponEdge(v1).id();
        List<Edge> edges = new ArrayList<>();
        for (Edge e : c.edges()) {
            if (e.source().equals("Event_5") || e.target().equals("Event_5")) {
                continue;
            }
            edges.add(e.id().equals(weapon) ? new Edge(e.id(), e.source(), e.sourcePort(), "Entity_5", e.targetPort()) : e);
        }
        edges.add(new Edge("e-asteroid-c", "Entity_6", "entity", "Space_0", "entities"));
        List<Shape> shapes = new ArrayList<>();
        for (Shape s : c.diagram().shapes()) {
            if (s.id().equals("title")) {
                continue;
            }
            shapes.add(s.id().equals("note-gate") ? new Shape(s.id(), s.kind(), s.layerId(), s.geometry(), s.style(),
                    "Gate closed for repairs", s.anchorNodeId(), s.children(), s.startShapeId(), s.endShapeId()) : s);
        }
        Canvas main = new Canvas(c.id(), "Kubio-7 (war)", c.order(), nodes, edges, new Viewport(0, 0, 1),
                new Diagram(shapes, c.diagram().layers()));
        Canvas lore = new Canvas("lore", "Lore", 1, List.of(new Node("lore-space", CoreTypes.SPACE, new Position(0, 0),
                Map.of("spaceName", "Lore"))), List.of());
        return new SpaceGraph(List.of(main, lore));
    }

    private static Edge weaponEdge(SpaceGraph g) {
        return edgeFrom(g, "Component_2");
    }

    private static Edge edgeFrom(SpaceGraph g, String source) {
        return g.canvases().get(0).edges().stream().filter(e -> e.source().equals(source)).findFirst().orElseThrow();
    }

    private static String edgeInto(SpaceGraph g, String target) {
        return g.canvases().get(0).edges().stream().filter(e -> e.target().equals(target)).findFirst().orElseThrow().id();
    }
}
