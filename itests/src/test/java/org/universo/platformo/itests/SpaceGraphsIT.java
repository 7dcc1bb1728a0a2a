package org.universo.platformo.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.updl.spi.Port;

/**
 * Space graphs through REST on PostgreSQL: every problem of a bad graph reported and nothing saved, links followed
 * across spaces (cycles, missing and forbidden targets), structural diffs, upstream canvas files in and out, the
 * diagram layer as a document, and the node-type registry the editor draws from.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SpaceGraphsIT extends BaseIT {
    private static final int MAX_NODES = 60;

    @Configuration
    public Option[] config() throws Exception {
        return new Option[] {postgresDistribution(), editConfigurationFilePut("etc/org.universo.platformo.metaverse.cfg",
                "graph.max.nodes", String.valueOf(MAX_NODES))};
    }

    @Test
    public void aBadGraphGetsEveryProblemAndNothingIsSaved() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String d = "/api/v1/spaces/" + space(h, a, "Broken");
        assertEquals(200, save(h, d, a, 0, graph(spaceNode("root", "Start"))).status());

        ObjectNode wrongData = spaceNode("bad", "x");
        ((ObjectNode) wrongData.get("data")).put("fogDensity", "thick");
        ObjectNode bad = graph(spaceNode("root", "Start"), node("warp", "WarpDrive", null), wrongData);
        edges(bad).add(edge("e1", "ghost", "entity", "root", "entities"));
        Http.Reply r = save(h, d, a, 1, bad);
        assertError(r, 422, "validation_failed");
        List<String> found = new ArrayList<>();
        r.json().path("details").path("problems").forEach(p -> found.add(p.path("code").asText() + ":"
                + p.path("nodeId").asText(p.path("edgeId").asText())));
        assertTrue(found.toString(), found.contains("unknown_node_type:warp"));
        assertTrue(found.toString(), found.contains("dangling_edge:e1"));
        assertTrue(found.toString(), found.contains("schema_violation:bad"));

        ObjectNode big = graph();
        for (int i = 0; i <= MAX_NODES; i++) {
            nodes(big).add(spaceNode("n" + i, "N" + i));
        }
        assertEquals("too_many_nodes", save(h, d, a, 1, big).json().path("details").path("problems").get(0)
                .path("code").asText());
        assertError(h.send("PUT", d + "/draft", "{\"revision\":1,\"graph\":{\"canvases\":[", a, "application/json"),
                400, "malformed_json");
        JsonNode draft = h.get(d + "/draft", a).json();
        assertEquals("nothing was saved", 1, draft.path("revision").asInt());
        assertEquals("Start", draft.at("/graph/canvases/0/nodes/0/data/spaceName").asText());
    }

    @Test
    public void linksAreFollowedAcrossSpacesAndCyclesMissingAndForeignTargetsAreRefused() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String b = register(h, uniqueEmail());
        String unik = id(h.post("/api/v1/uniks", "{\"name\":\"Linked\"}", a));
        String sa = id(h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"A\"}", a));
        String sb = id(h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"B\"}", a));
        String foreign = space(h, b, "B's private space");
        assertEquals(200, save(h, "/api/v1/spaces/" + sa, a, 0, graph(spaceNode("root", "A"))).status());
        assertEquals(201, h.post("/api/v1/spaces/" + sa + "/versions", "{\"label\":\"a1\"}", a).status());

        assertEquals(200, save(h, "/api/v1/spaces/" + sb, a, 0, graph(link("toA", sa))).status());
        assertEquals(201, h.post("/api/v1/spaces/" + sb + "/versions", "{\"label\":\"b1\"}", a).status());
        JsonNode links = h.get("/api/v1/spaces/" + sb + "/links?version=1", a).json();
        assertEquals(0, links.path("problems").size());
        assertEquals(sa, links.at("/graph/dependencies/0/to/spaceId").asText());
        assertEquals(1, links.at("/graph/dependencies/0/to/version").asInt());

        Http.Reply cycle = save(h, "/api/v1/spaces/" + sa, a, 1, graph(spaceNode("root", "A"), link("toB", sb)));
        assertError(cycle, 422, "validation_failed");
        JsonNode problem = cycle.json().at("/details/problems/0");
        assertEquals("cycle", problem.path("code").asText());
        assertEquals(List.of(sa, sb, sa).toString(), ids(problem.path("path")).toString());

        String missing = UUID.randomUUID().toString();
        assertEquals("link_target_missing", save(h, "/api/v1/spaces/" + sa, a, 1, graph(link("m", missing))).json()
                .at("/details/problems/0/code").asText());
        assertEquals("link_target_forbidden", save(h, "/api/v1/spaces/" + sa, a, 1, graph(link("f", foreign))).json()
                .at("/details/problems/0/code").asText());
        assertEquals("a space without versions cannot be linked", "link_target_missing",
                save(h, "/api/v1/spaces/" + sa, a, 1, graph(link("u", space(h, a, "Unversioned")))).json()
                        .at("/details/problems/0/code").asText());
        assertEquals(1, h.get("/api/v1/spaces/" + sa + "/draft", a).json().path("revision").asInt());
        assertError(h.get("/api/v1/spaces/" + sb + "/links", b), 404, "not_found");

        // Listing a space in a public metaverse publishes it: others may then include it, alone or with the world.
        String world = id(h.post("/api/v1/metaverses", "{\"name\":\"B's world\",\"visibility\":\"public\"}", b));
        assertEquals(204, h.post("/api/v1/metaverses/" + world + "/spaces", "{\"spaceId\":\"" + foreign + "\"}", b).status());
        assertEquals(200, save(h, "/api/v1/spaces/" + foreign, b, 0, graph(spaceNode("root", "B"))).status());
        assertEquals(201, h.post("/api/v1/spaces/" + foreign + "/versions", "{}", b).status());
        ObjectNode whole = graph(link("f", foreign), node("w", "MetaverseLink",
                Http.JSON.createObjectNode().put("metaverseId", world)));
        Http.Reply published = save(h, "/api/v1/spaces/" + sa, a, 1, whole);
        assertEquals(published.body(), 200, published.status());
        JsonNode spaces = h.get("/api/v1/spaces/" + sa + "/links", a).json().at("/graph/spaces");
        assertEquals(spaces.toString(), 2, spaces.size());
        assertEquals(foreign, spaces.get(1).path("spaceId").asText());
    }

    @Test
    public void diffsNameTheNodesAndFieldsThatChanged() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String d = "/api/v1/spaces/" + space(h, a, "Diffs");
        save(h, d, a, 0, graph(spaceNode("root", "Before")));
        h.post(d + "/versions", "{\"label\":\"v1\"}", a);
        save(h, d, a, 1, graph(spaceNode("root", "After"), spaceNode("extra", "New")));
        JsonNode diff = h.get(d + "/diff?from=1&to=0", a).json();
        JsonNode nodes = diff.at("/changes/nodes");
        assertEquals(diff.toString(), 2, nodes.size());
        List<String> kinds = new ArrayList<>();
        nodes.forEach(n -> kinds.add(n.path("nodeId").asText() + ":" + n.path("change").asText()));
        assertTrue(kinds.toString(), kinds.contains("root:changed") && kinds.contains("extra:added"));
        assertTrue(diff.toString(), diff.path("operations").isArray());
    }

    @Test
    public void upstreamCanvasFilesRoundTripAndDiagramsMoveAsDocuments() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String stranger = register(h, uniqueEmail());
        String d = "/api/v1/spaces/" + space(h, a, "Imported");
        int revision = 0;
        for (String name : List.of("upstream-quiz", "upstream-mmoomm-sector")) {
            JsonNode upstream = fixture(name);
            ObjectNode body = Http.JSON.createObjectNode().put("revision", revision).put("name", name)
                    .put("canvasId", name);
            body.set("canvas", upstream);
            Http.Reply imported = h.post(d + "/canvases/upstream", body.toString(), a);
            assertEquals(imported.body(), 201, imported.status());
            revision = imported.json().path("revision").asInt();
            assertEquals(upstream, h.get(d + "/canvases/" + name + "/upstream", a).json());
        }
        h.post(d + "/versions", "{\"label\":\"imported\"}", a);
        assertEquals(fixture("upstream-quiz"), h.get(d + "/canvases/upstream-quiz/upstream?version=1", a).json());

        JsonNode diagram = h.get(d + "/canvases/upstream-mmoomm-sector/diagram", a).json();
        ObjectNode put = Http.JSON.createObjectNode().put("revision", revision);
        put.set("diagram", diagram);
        assertEquals(200, h.send("PUT", d + "/canvases/upstream-quiz/diagram", put.toString(), a, "application/json")
                .status());
        assertEquals(diagram, h.get(d + "/canvases/upstream-quiz/diagram", a).json());

        ObjectNode notACanvas = Http.JSON.createObjectNode().put("revision", revision + 1).put("name", "x");
        notACanvas.putObject("canvas").putArray("nodes").addObject().put("id", "n1");
        assertError(h.post(d + "/canvases/upstream", notACanvas.toString(), a), 422, "validation_failed");
        assertError(h.get(d + "/canvases/nope/upstream", a), 404, "not_found");
        for (Http.Reply r : List.of(h.get(d + "/canvases/upstream-quiz/upstream", stranger),
                h.get(d + "/canvases/upstream-quiz/diagram", stranger),
                h.send("PUT", d + "/canvases/upstream-quiz/diagram", put.toString(), stranger, "application/json"),
                h.post(d + "/canvases/upstream", notACanvas.toString(), stranger))) {
            assertError(r, 404, "not_found");
        }
    }

    @Test
    public void theEditorReadsNodeTypesWithSchemasSamplesAndDryRunValidation() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        assertError(h.get("/api/v1/updl/node-types", null), 401, "unauthorized");
        Http.Reply types = h.get("/api/v1/updl/node-types", a);
        assertEquals(200, types.status());
        List<String> names = new ArrayList<>();
        types.json().path("items").forEach(t -> names.add(t.path("type").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("Space", "Entity", "Component", "Event", "Action",
                "Data", "Universo", "Object", "Camera", "Light", "SpaceLink", "UnikLink", "MetaverseLink")));
        assertEquals("object", h.get("/api/v1/updl/node-types/Entity", a).json().at("/dataSchema/type").asText());
        assertEquals(304, h.send("GET", "/api/v1/updl/node-types", null, a, null, "If-None-Match", types.etag()).status());
        assertError(h.get("/api/v1/updl/node-types/Warp", a), 404, "not_found");

        JsonNode sample = h.get("/api/v1/updl/samples/mmoomm-sector", a).json();
        JsonNode report = h.post("/api/v1/updl/validate", sample.toString(), a).json();
        assertTrue(report.toString(), report.path("valid").asBoolean());
        ObjectNode bad = graph(node("x", "Warp", null));
        assertEquals("unknown_node_type", h.post("/api/v1/updl/validate", bad.toString(), a).json()
                .at("/problems/0/code").asText());
        assertError(h.get("/api/v1/updl/samples/nope", a), 404, "not_found");
    }

    @Test
    public void aNodeTypeRegisteredAtRunTimeIsOfferedAndAcceptedUntilItGoes() throws Exception {
        Http h = http();
        String a = register(h, uniqueEmail());
        String d = "/api/v1/spaces/" + space(h, a, "Beacons");
        String before = h.get("/api/v1/updl/node-types", a).etag();
        ObjectNode beacon = node("b1", "Beacon", Http.JSON.createObjectNode().put("range", 500));
        ObjectNode graph = graph(spaceNode("root", "Sector"), beacon);
        edges(graph).add(edge("e1", "b1", "entity", "root", "entities"));
        NodeType type = new NodeType("Beacon", "domain", "Beacon", "A navigation beacon.", List.of(),
                List.of(new Port("entity", Port.ENTITY, true)), "itest/Beacon.schema.json",
                SpaceGraphsIT.class.getClassLoader());
        ServiceRegistration<NodeTypeProvider> registration =
                context.registerService(NodeTypeProvider.class, () -> List.of(type), null);
        try {
            Http.Reply offered = h.get("/api/v1/updl/node-types/Beacon", a);
            assertEquals(offered.body(), 200, offered.status());
            assertEquals("number", offered.json().at("/dataSchema/properties/range/type").asText());
            assertNotEquals(before, h.get("/api/v1/updl/node-types", a).etag());
            ((ObjectNode) beacon.get("data")).put("range", -1);
            assertEquals("schema_violation", save(h, d, a, 0, graph).json().at("/details/problems/0/code").asText());
            ((ObjectNode) beacon.get("data")).put("range", 500);
            assertEquals(200, save(h, d, a, 0, graph).status());
        } finally {
            registration.unregister();
        }
        assertError(h.get("/api/v1/updl/node-types/Beacon", a), 404, "not_found");
        assertEquals("unknown_node_type", save(h, d, a, 1, graph).json().at("/details/problems/0/code").asText());
    }

    private static Http.Reply save(Http h, String space, String token, int revision, ObjectNode graph) {
        ObjectNode body = Http.JSON.createObjectNode().put("revision", revision);
        body.set("graph", graph);
        return h.send("PUT", space + "/draft", body.toString(), token, "application/json");
    }

    private static ObjectNode graph(ObjectNode... nodes) {
        ObjectNode g = Http.JSON.createObjectNode();
        ObjectNode c = g.putArray("canvases").addObject().put("id", "main").put("name", "Main").put("order", 0);
        ArrayNode list = c.putArray("nodes");
        for (ObjectNode n : nodes) {
            list.add(n);
        }
        c.putArray("edges");
        return g;
    }

    private static ArrayNode nodes(ObjectNode graph) {
        return (ArrayNode) graph.at("/canvases/0/nodes");
    }

    private static ArrayNode edges(ObjectNode graph) {
        return (ArrayNode) graph.at("/canvases/0/edges");
    }

    private static ObjectNode node(String id, String type, ObjectNode data) {
        ObjectNode n = Http.JSON.createObjectNode().put("id", id).put("type", type);
        n.putObject("position").put("x", 0).put("y", 0);
        n.set("data", data == null ? Http.JSON.createObjectNode() : data);
        return n;
    }

    private static ObjectNode spaceNode(String id, String name) {
        return node(id, "Space", Http.JSON.createObjectNode().put("spaceName", name));
    }

    private static ObjectNode link(String id, String spaceId) {
        return node(id, "SpaceLink", Http.JSON.createObjectNode().put("spaceId", spaceId));
    }

    private static ObjectNode edge(String id, String source, String sourcePort, String target, String targetPort) {
        return Http.JSON.createObjectNode().put("id", id).put("source", source).put("sourcePort", sourcePort)
                .put("target", target).put("targetPort", targetPort);
    }

    private static String space(Http h, String token, String name) {
        String unik = id(h.post("/api/v1/uniks", "{\"name\":\"" + name + " studio\"}", token));
        return id(h.post("/api/v1/uniks/" + unik + "/spaces", "{\"name\":\"" + name + "\"}", token));
    }

    private static String id(Http.Reply r) {
        assertEquals(r.body(), 201, r.status());
        return r.json().path("id").asText();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private JsonNode fixture(String name) throws Exception {
        try (InputStream in = SpaceGraphsIT.class.getClassLoader().getResourceAsStream("fixtures/" + name + ".json")) {
            assertTrue("fixture " + name, in != null);
            return Http.JSON.readTree(in);
        }
    }
}
