package org.universo.platformo.updl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.LinkResolver;
import org.universo.platformo.updl.link.ResolveOptions;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.updl.link.SpaceRef;
import org.universo.platformo.updl.link.SpaceSource;
import org.universo.platformo.utils.schema.SchemaValidators;

/**
 * Micro benchmark, not a test: validates a 1,000-node space and resolves its links three levels deep (each linked
 * space has 1,000 nodes too), 200 timed runs after 1,500 warm-up runs, and prints the percentiles. Run with
 * {@code java -cp <test classpath> org.universo.platformo.updl.UpdlBench [runs]}.
 */
public final class UpdlBench {
    private static final int NODES = 1_000;
    private static final int LEVELS = 3;
    private static final int WARMUP = 1_500;

    private UpdlBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        NodeTypeRegistry registry = UpdlServices.registry(UpdlServices.coreNodeTypes());
        GraphValidator validator = UpdlServices.graphValidator(registry, SchemaValidators.create());
        LinkResolver resolver = UpdlServices.linkResolver();
        SpaceGraph root = space("L1");
        Map<String, SpaceGraph> linked = new LinkedHashMap<>();
        for (int level = 1; level <= LEVELS; level++) {
            linked.put("L" + level, space(level < LEVELS ? "L" + (level + 1) : null));
        }
        SpaceSource source = new Memory(linked);

        // Long enough for the JIT to settle: with few cores, recompilation otherwise shows up as runs of slow samples.
        for (int i = 0; i < WARMUP; i++) {
            once(validator, resolver, root, source);
        }
        long[] total = new long[runs];
        long[] validate = new long[runs];
        long[] resolve = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            List<Problem> problems = validator.validate(root, GraphLimits.DEFAULTS);
            long middle = System.nanoTime();
            LinkResolution resolution = resolver.resolve(new SpaceRef("root", null), root, source, ResolveOptions.DEFAULTS);
            long end = System.nanoTime();
            if (!problems.isEmpty() || !resolution.isComplete() || resolution.graph().spaces().size() != LEVELS + 1) {
                throw new IllegalStateException("unexpected result: " + problems + " " + resolution.problems());
            }
            validate[i] = middle - start;
            resolve[i] = end - middle;
            total[i] = end - start;
        }
        System.out.printf("UpdlBench: %d nodes, %d edges per space, links %d levels deep, %d runs (JDK %s)%n",
                root.canvases().get(0).nodes().size(), root.canvases().get(0).edges().size(), LEVELS, runs,
                System.getProperty("java.version"));
        print("validate+resolve", total);
        print("validate", validate);
        print("resolve", resolve);
    }

    private static void once(GraphValidator validator, LinkResolver resolver, SpaceGraph root, SpaceSource source) {
        validator.validate(root, GraphLimits.DEFAULTS);
        resolver.resolve(new SpaceRef("root", null), root, source, ResolveOptions.DEFAULTS);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-17s p50 %7.3f ms   p95 %7.3f ms   max %7.3f ms%n", what, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** A space of {@link #NODES} nodes: entities with components, events and actions, plus an optional link. */
    static SpaceGraph space(String linkTo) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(node("space", CoreTypes.SPACE, Map.of("spaceName", "Bench", "showPoints", true)));
        if (linkTo != null) {
            nodes.add(node("link", CoreTypes.SPACE_LINK, Map.of("spaceId", linkTo, "version", "latest")));
            edges.add(new Edge("e-link", "link", "space", "space", "links"));
        }
        for (int g = 0; nodes.size() + 8 <= NODES; g++) {
            String entity = "entity-" + g;
            nodes.add(node(entity, CoreTypes.ENTITY, Map.of("entityType", g % 2 == 0 ? "ship" : "asteroid",
                    "transform", Map.of("pos", List.of(g, 0, g * 2), "rot", List.of(0, 0, 0), "scale", List.of(1, 1, 1)),
                    "tags", List.of("bench", "group-" + g))));
            edges.add(new Edge("e-" + entity, entity, "entity", "space", "entities"));
            component(nodes, edges, entity, g, 0, Map.of("componentType", "render", "primitive", "box", "color", "#336699"));
            component(nodes, edges, entity, g, 1, Map.of("componentType", "inventory", "maxCapacity", 20, "currentLoad", 3));
            component(nodes, edges, entity, g, 2, Map.of("componentType", "weapon", "fireRate", 2, "damage", 5));
            for (int k = 0; k < 2; k++) {
                String event = "event-" + g + "-" + k;
                String action = "action-" + g + "-" + k;
                nodes.add(node(event, CoreTypes.EVENT, Map.of("eventType", k == 0 ? "onClick" : "onTimer",
                        "eventArgs", Map.of("delay", 1000))));
                nodes.add(node(action, CoreTypes.ACTION, Map.of("actionType", k == 0 ? "shoot" : "move",
                        "vector", Map.of("x", 0, "y", 1, "z", 0), "duration", 1)));
                edges.add(new Edge("e-" + event, event, "event", entity, "events"));
                edges.add(new Edge("e-" + action, action, "action", event, "actions"));
            }
        }
        for (int d = 0; nodes.size() < NODES; d++) {
            nodes.add(node("data-" + d, CoreTypes.DATA, Map.of("dataType", "question", "content", "Question " + d)));
            edges.add(new Edge("e-data-" + d, "data-" + d, "data", "space", "data"));
        }
        return new SpaceGraph(List.of(new Canvas("main", "Bench", 0, nodes, edges)));
    }

    private static void component(List<Node> nodes, List<Edge> edges, String entity, int g, int k,
            Map<String, Object> data) {
        String id = "component-" + g + "-" + k;
        nodes.add(node(id, CoreTypes.COMPONENT, data));
        edges.add(new Edge("e-" + id, id, "component", entity, "components"));
    }

    private static Node node(String id, String type, Map<String, Object> data) {
        return new Node(id, type, new Position(0, 0), data);
    }

    /** Every linked space exists at version 1. */
    private record Memory(Map<String, SpaceGraph> spaces) implements SpaceSource {
        @Override
        public Optional<ResolvedSpace> load(String spaceId, Integer version) {
            return Optional.ofNullable(spaces.get(spaceId)).map(g -> new ResolvedSpace(spaceId, 1, g));
        }

        @Override
        public Optional<List<String>> unikSpaces(String unikId) {
            return Optional.empty();
        }

        @Override
        public Optional<List<String>> metaverseSpaces(String metaverseId) {
            return Optional.empty();
        }
    }
}
