package org.universo.platformo.updl;

import java.util.Objects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.updl.Fixtures.VALIDATOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GraphValidatorTest {
    private static final GraphLimits TIGHT = new GraphLimits(3, 20, 20, 2_000, 10);

    @Test
    void reportsEveryProblemOfAGraphAtOnce() {
        List<Problem> problems = VALIDATOR.validate(brokenGraph(), TIGHT);
        Set<String> codes = problems.stream().map(Problem::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of(Problem.DUPLICATE_ID, Problem.UNKNOWN_NODE_TYPE, Problem.SCHEMA_VIOLATION,
                Problem.DATA_TOO_LARGE, Problem.DANGLING_EDGE, Problem.UNKNOWN_PORT, Problem.PORT_TYPE_MISMATCH,
                Problem.PORT_MULTIPLICITY, Problem.DUPLICATE_EDGE, Problem.CYCLE, Problem.TOO_MANY_CANVASES,
                Problem.TOO_MANY_NODES, Problem.TOO_MANY_EDGES, Problem.TOO_MANY_SHAPES, Problem.DIAGRAM_ANCHOR_MISSING,
                Problem.DIAGRAM_LAYER_MISSING, Problem.DIAGRAM_GROUP_MEMBER_MISSING, Problem.DIAGRAM_GROUP_CONFLICT,
                Problem.DIAGRAM_GROUP_CYCLE, Problem.DIAGRAM_ENDPOINT_MISSING, Problem.DIAGRAM_INVALID_SHAPE)), codes);

        has(problems, "c1", "dup", null, null, Problem.DUPLICATE_ID);
        has(problems, "c1", "tele", null, null, Problem.UNKNOWN_NODE_TYPE);
        has(problems, "c1", "link", null, "/spaceId", Problem.SCHEMA_VIOLATION);
        has(problems, "c1", "link", null, "/version", Problem.SCHEMA_VIOLATION);
        has(problems, "c1", "gun", null, "/componentType", Problem.SCHEMA_VIOLATION);
        has(problems, "c1", "gun", null, "/hardness", Problem.SCHEMA_VIOLATION);
        has(problems, "c1", "ship", null, "/transform/pos", Problem.SCHEMA_VIOLATION);
        has(problems, "c1", "essay", null, "", Problem.DATA_TOO_LARGE);
        has(problems, "c1", null, "e-dangling", null, Problem.DANGLING_EDGE);
        has(problems, "c1", "ship", "e-wheels", null, Problem.UNKNOWN_PORT);
        has(problems, "c1", "space", "e-mismatch", null, Problem.PORT_TYPE_MISMATCH);
        has(problems, "c1", "space", "e-net2", null, Problem.PORT_MULTIPLICITY);
        has(problems, "c1", "ship", "e-gun-again", null, Problem.DUPLICATE_EDGE);
        has(problems, "c1", null, null, "/diagram/shapes/0/anchorNodeId", Problem.DIAGRAM_ANCHOR_MISSING);
        has(problems, "c1", null, null, "/diagram/shapes/1/layerId", Problem.DIAGRAM_LAYER_MISSING);
        has(problems, "c1", null, null, "/diagram/shapes/2/children/1", Problem.DIAGRAM_GROUP_MEMBER_MISSING);
        has(problems, "c1", null, null, "/diagram/shapes/3/children/1", Problem.DIAGRAM_GROUP_CONFLICT);
        has(problems, "c1", null, null, "/diagram/shapes/4/endShapeId", Problem.DIAGRAM_ENDPOINT_MISSING);
        has(problems, "c1", null, null, "/diagram/shapes/4/geometry/points", Problem.DIAGRAM_INVALID_SHAPE);
        has(problems, "c2", null, null, "/nodes", Problem.TOO_MANY_NODES);
        has(problems, "c3", null, null, "/edges", Problem.TOO_MANY_EDGES);
        has(problems, "c3", null, null, "/diagram/shapes", Problem.TOO_MANY_SHAPES);
        has(problems, null, null, null, "/canvases", Problem.TOO_MANY_CANVASES);

        Problem cycle = only(problems, Problem.CYCLE, "c1");
        assertEquals("Edges form a cycle: q2 → q1 → q2", cycle.message());
        Problem groups = only(problems, Problem.DIAGRAM_GROUP_CYCLE, "c1");
        assertTrue(groups.message().contains("g1 → g2 → g1"), groups.message());
        // The canvas over the limit is not checked further, the one beyond the canvas limit not at all.
        assertTrue(problems.stream().noneMatch(p -> "c2".equals(p.canvasId()) && !p.code().equals(Problem.TOO_MANY_NODES)));
        assertTrue(problems.stream().noneMatch(p -> "c4".equals(p.canvasId())));
    }

    @Test
    void duplicateCanvasIdsAndSelfLoopsAreReported() {
        Canvas a = new Canvas("same", "A", 0, List.of(node("s", CoreTypes.SPACE, Map.of())),
                List.of(new Edge("loop", "s", "space", "s", "spaces")));
        Canvas b = new Canvas("same", "B", 1, List.of(), List.of());
        List<Problem> problems = VALIDATOR.validate(new SpaceGraph(List.of(a, b)), GraphLimits.DEFAULTS);
        assertEquals(List.of(Problem.CYCLE, Problem.DUPLICATE_ID), problems.stream().map(Problem::code).toList());
        assertEquals("Edges form a cycle: s → s", problems.get(0).message());
    }

    @Test
    void aLongChainIsCheckedWithoutOverflowingTheStack() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            nodes.add(node("d" + i, CoreTypes.DATA, Map.of()));
            if (i > 0) {
                edges.add(new Edge("e" + i, "d" + i, "data", "d" + (i - 1), "datas"));
            }
        }
        edges.add(new Edge("back", "d0", "data", "d19999", "datas"));
        GraphLimits roomy = new GraphLimits(1, 20_000, 20_000, 1_000, 1);
        List<Problem> problems = VALIDATOR.validate(new SpaceGraph(List.of(new Canvas("c", "c", 0, nodes, edges))), roomy);
        assertEquals(List.of(Problem.CYCLE), problems.stream().map(Problem::code).toList());
    }

    @Test
    void untrustedJsonIsCheckedAgainstTheGraphSchemaFirst() {
        ObjectNode document = (ObjectNode) Fixtures.tree(SampleSpaces.load(SampleSpaces.QUIZ));
        ObjectNode second = (ObjectNode) document.at("/canvases/0/nodes/1");
        second.remove("position");
        ((ObjectNode) document.at("/canvases/0/edges/0")).put("source", 12);
        List<Problem> problems = VALIDATOR.validate(document, GraphLimits.DEFAULTS);
        assertEquals(Set.of(Problem.INVALID_DOCUMENT), problems.stream().map(Problem::code).collect(Collectors.toSet()));
        has(problems, "main", null, null, "/canvases/0/nodes/1", Problem.INVALID_DOCUMENT);
        has(problems, "main", null, null, "/canvases/0/edges/0/source", Problem.INVALID_DOCUMENT);
    }

    @Test
    void oversizedDocumentsAreRefusedBeforeAnySchemaWork() {
        ObjectNode document = Fixtures.MAPPER.createObjectNode();
        ArrayNode canvases = document.putArray("canvases");
        IntStream.range(0, 40).forEach(i -> canvases.addObject().put("id", "c" + i));
        List<Problem> problems = VALIDATOR.validate(document, GraphLimits.DEFAULTS);
        assertEquals(List.of(Problem.TOO_MANY_CANVASES), problems.stream().map(Problem::code).toList());
    }

    @Test
    void aValidGraphAsJsonHasNoProblems() {
        JsonNode document = Fixtures.tree(SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR));
        assertEquals(List.of(), VALIDATOR.validate(document, GraphLimits.DEFAULTS));
    }

    /** Canvas c1 holds one of each mistake; c2 and c3 are over limits; c4 is beyond the canvas limit. */
    private static SpaceGraph brokenGraph() {
        List<Node> nodes = List.of(
                node("space", CoreTypes.SPACE, Map.of("spaceName", "Broken")),
                node("ship", CoreTypes.ENTITY, Map.of("entityType", "ship", "transform", Map.of("pos", List.of(1, 2)))),
                node("gun", CoreTypes.COMPONENT, Map.of("componentType", "laser", "hardness", 9)),
                node("link", CoreTypes.SPACE_LINK, Map.of("version", "newest")),
                node("tele", "Teleporter", Map.of()),
                node("dup", CoreTypes.LIGHT, Map.of()),
                node("dup", CoreTypes.CAMERA, Map.of()),
                node("net1", CoreTypes.UNIVERSO, Map.of()),
                node("net2", CoreTypes.UNIVERSO, Map.of()),
                node("q1", CoreTypes.DATA, Map.of("content", "Why?")),
                node("q2", CoreTypes.DATA, Map.of("content", "Because.")),
                node("essay", CoreTypes.DATA, Map.of("content", "x".repeat(3_000))));
        List<Edge> edges = List.of(
                new Edge("e-ship", "ship", "entity", "space", "entities"),
                new Edge("e-gun", "gun", "component", "ship", "components"),
                new Edge("e-gun-again", "gun", "component", "ship", "components"),
                new Edge("e-wheels", "gun", "component", "ship", "wheels"),
                new Edge("e-mismatch", "gun", "component", "space", "entities"),
                new Edge("e-net1", "net1", "universo", "space", "universo"),
                new Edge("e-net2", "net2", "universo", "space", "universo"),
                new Edge("e-dangling", "ghost", "entity", "space", "entities"),
                new Edge("e-q2", "q2", "data", "q1", "datas"),
                new Edge("e-q1", "q1", "data", "q2", "datas"),
                new Edge("e-tele", "tele", "out", "space", "entities"));
        Diagram diagram = new Diagram(List.of(
                Shape.box("note", ShapeKind.RECTANGLE, "notes", Geometry.box(0, 0, 10, 10), "hi", "nowhere"),
                Shape.box("floating", ShapeKind.TEXT, "ghost-layer", Geometry.box(0, 0, 10, 10), "?", null),
                new Shape("g1", ShapeKind.GROUP, "notes", Geometry.box(0, 0, 1, 1), null, null, null,
                        List.of("g2", "missing"), null, null),
                new Shape("g2", ShapeKind.GROUP, "notes", Geometry.box(0, 0, 1, 1), null, null, null,
                        List.of("g1", "g2"), null, null),
                new Shape("arrow", ShapeKind.ARROW, "notes", Geometry.path(List.of(new Position(0, 0))), null, null,
                        null, null, "note", "lost")),
                List.of(new Layer("notes", "Notes", 0, true, false)));
        Canvas c1 = new Canvas("c1", "Mistakes", 0, nodes, edges, null, diagram);
        List<Node> crowd = IntStream.range(0, 21).mapToObj(i -> node("e" + i, CoreTypes.ENTITY, Map.of())).toList();
        Canvas c2 = new Canvas("c2", "Crowded", 1, crowd, List.of());
        List<Edge> tangle = IntStream.range(0, 21).mapToObj(i -> new Edge("x" + i, "a", "b", "c", "d")).toList();
        List<Shape> clutter = IntStream.range(0, 11).mapToObj(i -> Shape.box("s" + i, ShapeKind.TEXT, "l",
                Geometry.box(0, 0, 1, 1), "t", null)).toList();
        Canvas c3 = new Canvas("c3", "Tangled", 2, List.of(), tangle, null, new Diagram(clutter, List.of()));
        Canvas c4 = new Canvas("c4", "One too many", 3, List.of(node("bad", "Nope", Map.of())), List.of());
        return new SpaceGraph(List.of(c1, c2, c3, c4));
    }

    static Node node(String id, String type, Map<String, Object> data) {
        return new Node(id, type, new Position(0, 0), data);
    }

    private static void has(List<Problem> problems, String canvasId, String nodeId, String edgeId, String field,
            String code) {
        boolean found = problems.stream().anyMatch(p -> Objects.equals(p.canvasId(), canvasId)
                && Objects.equals(p.nodeId(), nodeId) && Objects.equals(p.edgeId(), edgeId)
                && Objects.equals(p.field(), field) && p.code().equals(code));
        assertTrue(found, "expected " + code + " at " + canvasId + "/" + nodeId + "/" + edgeId + " " + field
                + " in\n" + problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    private static Problem only(List<Problem> problems, String code, String canvasId) {
        List<Problem> matching = problems.stream().filter(p -> p.code().equals(code)
                && canvasId.equals(p.canvasId())).toList();
        assertEquals(1, matching.size(), code + ": " + matching);
        return matching.get(0);
    }

    @Test
    void aShapeWithoutRotationIsReadAsUnrotated() throws Exception {
        JsonNode doc = Fixtures.MAPPER.readTree("""
                {"canvases":[{"id":"c","name":"C","order":0,"nodes":[],"edges":[],"diagram":{
                  "layers":[{"id":"l","name":"L","order":0,"visible":true,"locked":false}],
                  "shapes":[{"id":"s","kind":"rectangle","layerId":"l","geometry":{"x":1,"y":2,"width":3,"height":4}}]}}]}
                """);
        assertEquals(List.of(), VALIDATOR.validate(doc, GraphLimits.DEFAULTS));
        assertEquals(0.0, SpaceGraphJson.graph(doc).canvases().get(0).diagram().shapes().get(0).geometry().rotation());
    }
}
