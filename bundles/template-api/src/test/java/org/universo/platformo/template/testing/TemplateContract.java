package org.universo.platformo.template.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;
import org.universo.platformo.updl.SampleSpaces;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.utils.schema.SchemaValidators;

/**
 * What every template must do, as assertions its own unit test calls ({@link #check}), and what templates over the
 * scene document must do besides ({@link #checkScene}). Ships in the test jar of {@code universo-template-api}.
 */
public final class TemplateContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REMOTE = Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);
    private static final String HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";

    private TemplateContract() {
    }

    /**
     * What every template must do: a settings schema good enough for a form, the same files for the same input
     * (every sample space), nothing loaded from elsewhere, creator text escaped, and contributed scripts written and
     * included in their order. Answers the output for the mmoomm-sector sample with default settings.
     */
    public static MemoryOut check(TemplatePlugin plugin) throws Exception {
        JsonNode defaults = settingsDefaults(plugin);
        for (String sample : SampleSpaces.NAMES) {
            MemoryOut a = generate(plugin, new FakeContext(SampleSpaces.load(sample), defaults));
            MemoryOut b = generate(plugin, new FakeContext(SampleSpaces.load(sample), defaults));
            assertTrue(a.sameAs(b), sample + ": the same input must give the same files");
            String index = a.text("index.html");
            assertNotNull(index, sample + ": index.html");
            assertFalse(REMOTE.matcher(index).find(), sample + ": the page loads nothing from elsewhere");
        }
        MemoryOut hostile = generate(plugin, new FakeContext(hostile(), defaults));
        String page = hostile.text("index.html");
        assertFalse(page.contains("<script>alert(1)") || page.contains("<img src=x"), "creator text is escaped");

        ScriptContributor scripts = c -> List.of(new ScriptContributor.Script("gameplay.js", "window.gameplay=1;"),
                new ScriptContributor.Script("hud.js", "window.hud=1;"));
        MemoryOut out = generate(plugin, new FakeContext(SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR), defaults,
                List.of(), List.of(), List.of(scripts), new ArrayList<>()));
        String index = out.text("index.html");
        assertEquals("window.gameplay=1;", out.text("scripts/gameplay.js"), "a contributed script is written");
        assertTrue(index.indexOf("scripts/gameplay.js") > 0 && index.indexOf("scripts/gameplay.js") < index.indexOf("scripts/hud.js"),
                "contributed scripts are included in order");
        return generate(plugin, new FakeContext(SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR), defaults));
    }

    /**
     * {@link #check} and what a template over the scene document ({@code SceneTemplate}) adds: the app knows the
     * profile's API URL, and a scene contributor's entity reaches it.
     */
    public static MemoryOut checkScene(TemplatePlugin plugin) throws Exception {
        MemoryOut result = check(plugin);
        JsonNode defaults = settingsDefaults(plugin);
        for (String sample : SampleSpaces.NAMES) {
            String index = generate(plugin, new FakeContext(SampleSpaces.load(sample), defaults)).text("index.html");
            assertTrue(index.contains(FakeContext.PROFILE.apiUrl()), sample + ": the profile's API URL is injected");
        }
        List<String> added = new ArrayList<>();
        FakeContext contributed = new FakeContext(SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR), defaults,
                List.of((ctx, scene) -> {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) scene.path("entities")).addObject()
                            .put("id", "contributed-beacon").put("name", "Beacon").put("kind", "beacon")
                            .put("primitive", "sphere").put("color", "#ffcc00").set("position", JSON.valueToTree(List.of(0, 0, 0)));
                    added.add("scene");
                }), List.of(), List.of(), new ArrayList<>());
        MemoryOut out = generate(plugin, contributed);
        assertEquals(List.of("scene"), added, "scene contributors are called");
        String all = out.text("index.html") + out.text("scene.json");
        assertTrue(all.contains("contributed-beacon"), "a contributed entity reaches the app");
        return result;
    }

    /** The schema's defaults as a settings object, after checking every property can be drawn as a form field. */
    public static ObjectNode settingsDefaults(TemplatePlugin plugin) throws Exception {
        JsonNode schema;
        try (InputStream in = plugin.resources().getResourceAsStream("UNIVERSO-INF/schemas/" + plugin.settingsSchemaPath())) {
            assertNotNull(in, "settings schema " + plugin.settingsSchemaPath());
            schema = JSON.readTree(in);
        }
        assertTrue(SchemaValidators.create().checkSchema(schema).isEmpty(), "a valid JSON Schema");
        assertFalse(schema.path("additionalProperties").asBoolean(true), "unknown settings are refused");
        ObjectNode defaults = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            for (String key : List.of("title", "description", "default")) {
                assertTrue(p.getValue().has(key), p.getKey() + " needs " + key);
            }
            defaults.set(p.getKey(), p.getValue().get("default"));
        }
        assertTrue(SchemaValidators.create().validate(schema, defaults).isEmpty(), "the defaults are valid settings");
        return defaults;
    }

    public static MemoryOut generate(TemplatePlugin plugin, FakeContext context) throws Exception {
        MemoryOut out = new MemoryOut();
        plugin.generate(context, out);
        return out;
    }

    private static SpaceGraph hostile() {
        return new SpaceGraph(List.of(new Canvas("main", "Main", 0, List.of(
                new Node("space", "Space", new Position(0, 0), Map.of("spaceName", HOSTILE, "backgroundColor",
                        "red;}</style><script>alert(3)</script>"), null),
                new Node("e1", "Entity", new Position(0, 0), Map.of("entityType", "ship"), HOSTILE),
                new Node("d1", "Data", new Position(0, 0), Map.of("content", HOSTILE), HOSTILE)), List.of())));
    }
}
