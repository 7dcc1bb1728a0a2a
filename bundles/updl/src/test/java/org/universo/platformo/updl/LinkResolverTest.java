package org.universo.platformo.updl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.universo.platformo.updl.link.Dependency;
import org.universo.platformo.updl.link.LinkKind;
import org.universo.platformo.updl.link.LinkProblem;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.LinkResolver;
import org.universo.platformo.updl.link.ResolveOptions;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.updl.link.SpaceRef;
import org.universo.platformo.updl.link.SpaceSource;

class LinkResolverTest {
    private final LinkResolver resolver = UpdlServices.linkResolver();
    private final Store store = new Store();

    @Test
    void aThreeLevelChainResolves() {
        store.put("A", 1, graph(link("B", null)));
        store.put("A", 2, graph(link("B", 1)));
        store.put("B", 1, graph(link("C", null)));
        store.put("B", 2, graph());
        store.put("C", 1, graph());
        store.put("C", 2, graph());
        SpaceGraph root = graph(link("A", null));

        LinkResolution result = resolver.resolve(new SpaceRef("R", null), root, store, ResolveOptions.DEFAULTS);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(ref("R", null), ref("A", 2), ref("B", 1), ref("C", 2)), result.graph().spaces());
        assertEquals(List.of(ref("R", null) + ">" + ref("A", 2), ref("A", 2) + ">" + ref("B", 1),
                ref("B", 1) + ">" + ref("C", 2)), arrows(result));
        Dependency first = result.graph().dependencies().get(0);
        assertEquals("main", first.canvasId());
        assertEquals("link-A", first.nodeId());
        assertEquals(LinkKind.SPACE, first.via());
        assertEquals(3, result.contents().size());
        assertEquals(graph(link("B", 1)), result.contents().get(0).graph());
    }

    @Test
    void aCycleIsReportedWithItsFullPath() {
        store.put("A", 1, graph(link("B", null)));
        store.put("B", 1, graph(link("C", null)));
        store.put("C", 1, graph(link("A", 1)));

        LinkResolution result = resolver.resolve(new SpaceRef("A", 1), store.latest("A"), store, ResolveOptions.DEFAULTS);

        assertEquals(1, result.problems().size());
        LinkProblem cycle = result.problems().get(0);
        assertEquals(LinkProblem.CYCLE, cycle.code());
        assertEquals(List.of("A", "B", "C", "A"), cycle.path());
        assertEquals("Links form a cycle: A → B → C → A", cycle.message());
        assertEquals("C", cycle.spaceId());
        assertEquals("link-A", cycle.nodeId());
        assertEquals(List.of(ref("A", 1), ref("B", 1), ref("C", 1)), result.graph().spaces());
    }

    @Test
    void aSpaceLinkingToItselfIsACycle() {
        LinkResolution result = resolver.resolve(new SpaceRef("A", null), graph(link("A", 3)), store,
                ResolveOptions.DEFAULTS);
        assertEquals(List.of("A", "A"), result.problems().get(0).path());
    }

    @Test
    void missingAndForbiddenTargetsAreReported() {
        store.put("open", 1, graph(link("ghost", null)));
        store.put("secret", 1, graph());
        store.forbidden.add("secret");
        store.forbidden.add("vip-metaverse");
        store.uniks.put("team", List.of("open"));
        SpaceGraph root = graph(link("open", null), link("secret", null), link("open", 7),
                node("u1", CoreTypes.UNIK_LINK, Map.of("unikId", "nobody")),
                node("m1", CoreTypes.METAVERSE_LINK, Map.of("metaverseId", "vip-metaverse")),
                node("u2", CoreTypes.UNIK_LINK, Map.of("unikId", "team", "spaceIds", List.of("open", "elsewhere"))));

        LinkResolution result = resolver.resolve(new SpaceRef("root", null), root, store, ResolveOptions.DEFAULTS);

        assertEquals(List.of(
                problem(LinkProblem.TARGET_MISSING, "open", "link-ghost", "root", "open", "ghost"),
                problem(LinkProblem.TARGET_FORBIDDEN, "root", "link-secret", "root", "secret"),
                problem(LinkProblem.TARGET_MISSING, "root", "link-open", "root", "open"),
                problem(LinkProblem.TARGET_MISSING, "root", "u1", "root", "unik:nobody"),
                problem(LinkProblem.TARGET_FORBIDDEN, "root", "m1", "root", "metaverse:vip-metaverse"),
                problem(LinkProblem.TARGET_MISSING, "root", "u2", "root", "elsewhere")), summaries(result));
        assertEquals("Space open version 7 does not exist", result.problems().get(2).message());
        assertEquals(List.of(ref("root", null), ref("open", 1)), result.graph().spaces());
        assertTrue(store.loaded.stream().noneMatch(s -> s.startsWith("secret")), "a forbidden space is never loaded");
    }

    @Test
    void pinnedVersionsAndLatestAreLoadedAsAskedAndMayNotConflict() {
        store.put("S", 1, graph());
        store.put("S", 2, graph());
        store.put("S", 3, graph());
        LinkResolution pinned = resolver.resolve(new SpaceRef("R", null), graph(link("S", 2)), store,
                ResolveOptions.DEFAULTS);
        assertEquals(List.of(ref("R", null), ref("S", 2)), pinned.graph().spaces());
        LinkResolution latest = resolver.resolve(new SpaceRef("R", null), graph(link("S", null)), store,
                ResolveOptions.DEFAULTS);
        assertEquals(List.of(ref("R", null), ref("S", 3)), latest.graph().spaces());

        store.put("T", 1, graph(link("S", 2)));
        LinkResolution both = resolver.resolve(new SpaceRef("R", null), graph(link("S", null), link("T", null)), store,
                ResolveOptions.DEFAULTS);
        assertEquals(List.of(LinkProblem.VERSION_CONFLICT), both.problems().stream().map(LinkProblem::code).toList());
        assertEquals(List.of("R", "T", "S"), both.problems().get(0).path());
    }

    @Test
    void sharedSpacesAreIncludedOnceAndUniksAndMetaversesExpand() {
        store.put("B", 1, graph(link("D", null)));
        store.put("C", 1, graph(link("D", null)));
        store.put("D", 1, graph());
        store.uniks.put("team", List.of("B", "C"));
        store.metaverses.put("world", List.of("C", "D"));
        SpaceGraph root = graph(node("u", CoreTypes.UNIK_LINK, Map.of("unikId", "team")),
                node("m", CoreTypes.METAVERSE_LINK, Map.of("metaverseId", "world")));

        LinkResolution result = resolver.resolve(new SpaceRef("A", null), root, store, ResolveOptions.DEFAULTS);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(ref("A", null), ref("B", 1), ref("D", 1), ref("C", 1)), result.graph().spaces());
        assertEquals(6, result.graph().dependencies().size());
        assertEquals(1, store.loaded.stream().filter(s -> s.startsWith("D@")).count(), "D is loaded once");
        assertEquals(LinkKind.METAVERSE, result.graph().dependencies().get(5).via());
    }

    @Test
    void depthAndSizeAreBounded() {
        store.put("L1", 1, graph(link("L2", null)));
        store.put("L2", 1, graph(link("L3", null)));
        store.put("L3", 1, graph(link("L4", null)));
        store.put("L4", 1, graph());
        LinkResolution shallow = resolver.resolve(new SpaceRef("R", null), graph(link("L1", null)), store,
                new ResolveOptions(2, 100));
        assertEquals(List.of(problem(LinkProblem.DEPTH_EXCEEDED, "L2", "link-L3", "R", "L1", "L2", "L3")),
                summaries(shallow));
        LinkResolution small = resolver.resolve(new SpaceRef("R", null), graph(link("L1", null)), store,
                new ResolveOptions(8, 3));
        assertEquals(List.of(LinkProblem.TOO_MANY_SPACES), small.problems().stream().map(LinkProblem::code).toList());
        assertEquals(3, small.graph().spaces().size());
    }

    @Test
    void malformedLinksAreReportedNotThrown() {
        SpaceGraph root = graph(node("bad", CoreTypes.SPACE_LINK, Map.of("spaceId", "X", "version", "newest")),
                node("empty", CoreTypes.SPACE_LINK, Map.of()));
        LinkResolution result = resolver.resolve(new SpaceRef("R", null), root, store, ResolveOptions.DEFAULTS);
        assertEquals(List.of(LinkProblem.INVALID_LINK, LinkProblem.INVALID_LINK),
                result.problems().stream().map(LinkProblem::code).toList());
    }

    @Test
    void theResolutionSerializesWithoutTheLoadedGraphs() {
        store.put("A", 1, graph());
        LinkResolution result = resolver.resolve(new SpaceRef("R", null), graph(link("A", null)), store,
                ResolveOptions.DEFAULTS);
        LinkResolution back = Fixtures.roundTrip(result, LinkResolution.class);
        assertEquals(result.graph(), back.graph());
        assertEquals(List.of(), back.contents());
    }

    private static String problem(String code, String spaceId, String nodeId, String... path) {
        return code + " in " + spaceId + "/" + nodeId + " via " + String.join(",", path);
    }

    private static List<String> summaries(LinkResolution result) {
        return result.problems().stream().map(p -> problem(p.code(), p.spaceId(), p.nodeId(),
                p.path().toArray(String[]::new))).toList();
    }

    private static List<String> arrows(LinkResolution result) {
        return result.graph().dependencies().stream().map(d -> d.from() + ">" + d.to()).toList();
    }

    private static SpaceRef ref(String id, Integer version) {
        return new SpaceRef(id, version);
    }

    static Node link(String spaceId, Integer version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("spaceId", spaceId);
        data.put("version", version == null ? "latest" : version);
        return node("link-" + spaceId, CoreTypes.SPACE_LINK, data);
    }

    static Node node(String id, String type, Map<String, Object> data) {
        return new Node(id, type, new Position(0, 0), data);
    }

    static SpaceGraph graph(Node... links) {
        List<Node> nodes = new ArrayList<>(List.of(node("space", CoreTypes.SPACE, Map.of())));
        List<Edge> edges = new ArrayList<>();
        for (Node link : links) {
            nodes.add(link);
            edges.add(new Edge("e-" + link.id(), link.id(), "space", "space", "links"));
        }
        return new SpaceGraph(List.of(new Canvas("main", "Main", 0, nodes, edges)));
    }

    /** Spaces with numbered versions, uniks, metaverses and a deny list, recording what was loaded. */
    private static final class Store implements SpaceSource {
        final Map<String, TreeMap<Integer, SpaceGraph>> spaces = new HashMap<>();
        final Map<String, List<String>> uniks = new HashMap<>();
        final Map<String, List<String>> metaverses = new HashMap<>();
        final Set<String> forbidden = new HashSet<>();
        final List<String> loaded = new ArrayList<>();

        void put(String id, int version, SpaceGraph graph) {
            spaces.computeIfAbsent(id, k -> new TreeMap<>()).put(version, graph);
        }

        SpaceGraph latest(String id) {
            return spaces.get(id).lastEntry().getValue();
        }

        @Override
        public Optional<ResolvedSpace> load(String spaceId, Integer version) {
            loaded.add(spaceId + "@" + version);
            TreeMap<Integer, SpaceGraph> versions = spaces.get(spaceId);
            if (versions == null || versions.isEmpty()) {
                return Optional.empty();
            }
            int wanted = version == null ? versions.lastKey() : version;
            SpaceGraph graph = versions.get(wanted);
            return graph == null ? Optional.empty() : Optional.of(new ResolvedSpace(spaceId, wanted, graph));
        }

        @Override
        public Optional<List<String>> unikSpaces(String unikId) {
            return Optional.ofNullable(uniks.get(unikId));
        }

        @Override
        public Optional<List<String>> metaverseSpaces(String metaverseId) {
            return Optional.ofNullable(metaverses.get(metaverseId));
        }

        @Override
        public Access access(LinkKind kind, String id) {
            return forbidden.contains(id) ? Access.FORBIDDEN : Access.ALLOWED;
        }
    }
}
