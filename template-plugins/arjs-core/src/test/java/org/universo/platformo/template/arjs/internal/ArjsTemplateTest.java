package org.universo.platformo.template.arjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.universo.platformo.template.testing.FakeContext;
import org.universo.platformo.template.testing.MemoryOut;
import org.universo.platformo.template.testing.TemplateContract;
import org.universo.platformo.updl.SampleSpaces;

class ArjsTemplateTest {
    private final ArjsTemplate template;

    ArjsTemplateTest() throws Exception {
        template = new ArjsTemplate();
    }

    @Test
    void meetsTheTemplateContractAndShipsEverythingTheMarkerNeeds() throws Exception {
        MemoryOut out = TemplateContract.checkScene(template);
        for (String file : new String[] {"engine/aframe.min.js", "engine/aframe-ar.js", "engine/artoolkit/camera_para.dat",
                "engine/artoolkit/patt.hiro", "quiz.js", "app.js"}) {
            assertTrue(out.files.containsKey(file) && out.files.get(file).length > 0, file);
        }
        String app = out.text("app.js");
        assertTrue(app.contains("cameraParametersUrl: engine/artoolkit/camera_para.dat"), "camera data from the app itself");
        assertTrue(app.contains("engine/artoolkit/patt.hiro"), "the hiro pattern from the app itself");
        assertFalse(out.text("engine/aframe-ar.js").isEmpty());
        assertEquals("0.1.0", template.manifest().version());
    }

    @Test
    void theQuizComesFromTheDataNodes() throws Exception {
        ObjectNode settings = TemplateContract.settingsDefaults(template).put("mode", "wallpaper");
        MemoryOut out = TemplateContract.generate(template, new FakeContext(SampleSpaces.load(SampleSpaces.QUIZ), settings));
        JsonNode quiz = new ObjectMapper().readTree(out.text("scene.json")).path("quiz");
        assertEquals(2, quiz.path("questions").size());
        JsonNode first = quiz.path("questions").get(0);
        assertEquals("Which planet is known as the Red Planet?", first.path("text").asText());
        assertEquals("Mars", first.at("/answers/0/text").asText());
        assertTrue(first.at("/answers/0/correct").asBoolean());
        assertEquals(10, first.at("/answers/0/points").asInt());
        assertEquals("Object_0", first.at("/answers/0/objects/0").asText());
        assertTrue(quiz.at("/lead/email").asBoolean());
        assertTrue(quiz.path("showPoints").asBoolean());
        assertEquals("Mars Quiz", new ObjectMapper().readTree(out.text("scene.json")).path("title").asText());
    }
}
