package org.universo.platformo.template.aframe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.universo.platformo.template.testing.FakeContext;
import org.universo.platformo.template.testing.MemoryOut;
import org.universo.platformo.template.testing.TemplateContract;
import org.universo.platformo.updl.SampleSpaces;

class AframeTemplateTest {
    private final AframeTemplate template;

    AframeTemplateTest() throws Exception {
        template = new AframeTemplate();
    }

    @Test
    void meetsTheTemplateContract() throws Exception {
        MemoryOut out = TemplateContract.checkScene(template);
        assertTrue(out.files.get("engine/aframe.min.js").length > 1_000_000, "the engine is inside the app");
        assertTrue(out.text("index.html").indexOf("engine/aframe.min.js") < out.text("index.html").indexOf("app.js"));
        JsonNode scene = new ObjectMapper().readTree(out.text("scene.json"));
        assertTrue(scene.path("entities").size() >= 5, "the sector's ships, asteroids, station and gate");
        assertEquals("0.1.0", template.manifest().version());
    }

    @Test
    void settingsChangeTheApp() throws Exception {
        ObjectNode settings = TemplateContract.settingsDefaults(template);
        MemoryOut plain = TemplateContract.generate(template, new FakeContext(SampleSpaces.load("quiz"), settings));
        settings.put("background", "#112233").put("title", "Quiz night");
        MemoryOut custom = TemplateContract.generate(template, new FakeContext(SampleSpaces.load("quiz"), settings));
        assertNotEquals(plain.text("index.html"), custom.text("index.html"));
        assertTrue(custom.text("index.html").contains("<title>Quiz night</title>"));
        assertTrue(custom.text("index.html").contains("background:#112233;"));
    }
}
