package org.universo.platformo.template.mmoomm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.universo.platformo.template.testing.MemoryOut;
import org.universo.platformo.template.testing.TemplateContract;

class MmoommTemplateTest {

    @Test
    void meetsTheTemplateContractAndCarriesTheGameplayData() throws Exception {
        MmoommTemplate template = new MmoommTemplate();
        MemoryOut out = TemplateContract.checkScene(template);
        String page = out.text("index.html");
        for (String hud : new String[] {"hud-world", "hud-shield", "hud-hull", "hud-target", "hud-cargo", "hud-inmo"}) {
            assertTrue(page.contains("id=\"" + hud + "\""), hud);
        }
        assertTrue(page.indexOf("engine/playcanvas.min.js") < page.indexOf("game.js"));
        JsonNode scene = new ObjectMapper().readTree(out.text("scene.json"));
        String types = scene.path("entities").findValuesAsText("type").toString();
        for (String gameplay : new String[] {"inventory", "mineable", "trading", "portal"}) {
            assertTrue(types.contains(gameplay), gameplay + " components reach the game: " + types);
        }
        assertTrue(out.text("game.js").contains("UNIVERSO_GAME"));
        assertEquals("playcanvas-mmoomm", template.manifest().id());
    }
}
