package org.universo.platformo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.playcanvas.internal.PlayCanvasTemplate;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Edge;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/**
 * Generation of a PlayCanvas app from a 1,000-node space: the template's own work (scene document, page, scene.json)
 * with the engine copy left out, and with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateBenchmarks {
    private PlayCanvasTemplate template;
    private GenerationContext context;

    @Setup
    public void setUp() throws IOException {
        template = new PlayCanvasTemplate();
        context = new Context(sector(1000), new ObjectMapper().readTree("{\"title\":\"\",\"clearColor\":\"\","
                + "\"antialias\":true,\"fillMode\":\"FILL_WINDOW\",\"cameraControls\":\"orbit\",\"ambientLight\":0.25}"));
    }

    @Benchmark
    public long generateWithoutEngineCopy() throws Exception {
        Sink out = new Sink(false);
        template.generate(context, out);
        return out.bytes;
    }

    @Benchmark
    public long generateWithEngineCopy() throws Exception {
        Sink out = new Sink(true);
        template.generate(context, out);
        return out.bytes;
    }

    /** Ships with render components, asteroids and stations: entities, components and their edges. */
    static SpaceGraph sector(int size) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node("space", "Space", new Position(0, 0), Map.of("spaceName", "Bench sector"), null));
        String[] kinds = {"ship", "asteroid", "station", "gate"};
        for (int i = 0; nodes.size() + 2 <= size; i++) {
            String id = "e" + i;
            nodes.add(new Node(id, "Entity", new Position(i, 0), Map.of("entityType", kinds[i % 4], "transform",
                    Map.of("pos", List.of(i * 3, (i % 7) * 2, i % 11), "rot", List.of(0, i % 360, 0),
                            "scale", List.of(1, 1, 1))), "Entity " + i));
            nodes.add(new Node("r" + i, "Component", new Position(i, 1), Map.of("componentType", "render",
                    "primitive", i % 2 == 0 ? "box" : "sphere", "color", "#336699"), null));
            edges.add(new Edge("ee" + i, id, "entity", "space", "entities"));
            edges.add(new Edge("er" + i, "r" + i, "component", id, "components"));
        }
        return new SpaceGraph(List.of(new Canvas("main", "Main", 0, nodes, edges)));
    }

    /** Counts bytes; copies resources only when asked. */
    private static final class Sink implements ArtifactWriter {
        private final boolean copies;
        long bytes;

        Sink(boolean copies) {
            this.copies = copies;
        }

        @Override
        public void add(String path, byte[] content) {
            bytes += content.length;
        }

        @Override
        public void addText(String path, String text) {
            bytes += text.length();
        }

        @Override
        public void copy(String path, ClassLoader loader, String resource) throws IOException {
            if (copies) {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    bytes += in.readAllBytes().length;
                }
            }
        }
    }

    private record Context(SpaceGraph graph, JsonNode settings) implements GenerationContext {
        @Override
        public String spaceId() {
            return "bench";
        }

        @Override
        public int spaceVersion() {
            return 1;
        }

        @Override
        public List<ResolvedSpace> linked() {
            return List.of();
        }

        @Override
        public EnvironmentProfile profile() {
            return new EnvironmentProfile("dev", "http://localhost:8181/api/v1", "ws://localhost:8181/ws");
        }

        @Override
        public String runtimeVersion() {
            return "0.1.0";
        }

        @Override
        public List<SceneContributor> sceneContributors() {
            return List.of();
        }

        @Override
        public List<AssetContributor> assetContributors() {
            return List.of();
        }

        @Override
        public List<ScriptContributor> scriptContributors() {
            return List.of();
        }

        @Override
        public void log(String message) {
        }

        @Override
        public void checkCancelled() {
        }
    }
}
