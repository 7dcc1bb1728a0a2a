package org.universo.platformo.template.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/** The page in detail; HelloTemplateTest is the guide's contract test. */
class HelloTemplatePageTest {

    @Test
    void listsTheEntitiesEscapedWithTheSettingsAndContributedScripts() {
        SpaceGraph graph = new SpaceGraph(List.of(new Canvas("main", "Main", 0, List.of(
                new Node("s", "Space", new Position(0, 0), Map.of(), null),
                new Node("e1", "Entity", new Position(0, 0), Map.of(), "Ship <Alpha>"),
                new Node("e2", "Entity", new Position(0, 0), Map.of(), null)), List.of())));
        JsonNode settings = new ObjectMapper().createObjectNode().put("heading", "Sector & co").put("theme", "dark");
        ScriptContributor scripts = c -> List.of(new ScriptContributor.Script("a.js", "1"));
        Map<String, String> first = generate(new Context(graph, settings, List.of(scripts)));
        String page = first.get("index.html");
        assertTrue(page.contains("<h1>Sector &amp; co</h1>") && page.contains("class=\"dark\""), page);
        assertTrue(page.contains("<li>Ship &lt;Alpha&gt;</li>") && page.contains("<li>e2</li>"), page);
        assertTrue(page.contains("<script src=\"scripts/a.js\"></script>"), page);
        assertEquals("1", first.get("scripts/a.js"));
        assertEquals(first, generate(new Context(graph, settings, List.of(scripts))), "deterministic");
        assertEquals("0.1.0", new HelloTemplate().manifest().version());
    }

    private static Map<String, String> generate(GenerationContext context) {
        Map<String, String> files = new TreeMap<>();
        new HelloTemplate().generate(context, new ArtifactWriter() {
            @Override
            public void add(String path, byte[] content) {
                files.put(path, new String(content, StandardCharsets.UTF_8));
            }

            @Override
            public void addText(String path, String text) {
                files.put(path, text);
            }

            @Override
            public void copy(String path, ClassLoader loader, String resource) {
                throw new UnsupportedOperationException();
            }
        });
        return files;
    }

    private record Context(SpaceGraph graph, JsonNode settings, List<ScriptContributor> scriptContributors)
            implements GenerationContext {
        @Override
        public String spaceId() {
            return "space-1";
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
            return new ArrayList<>();
        }

        @Override
        public void log(String message) {
        }

        @Override
        public void checkCancelled() {
        }
    }
}
