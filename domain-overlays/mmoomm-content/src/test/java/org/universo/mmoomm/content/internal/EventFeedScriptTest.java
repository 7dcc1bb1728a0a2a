package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor.Script;

class EventFeedScriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static GenerationContext withSettings(String settings) {
        return (GenerationContext) Proxy.newProxyInstance(GenerationContext.class.getClassLoader(),
                new Class<?>[] {GenerationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("settings")) {
                        return JSON.readTree(settings);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void multiplayerAppsGetTheFeedOthersDoNot() {
        EventFeedScript feed = new EventFeedScript();
        List<Script> multi = feed.scripts(withSettings("{\"mode\":\"multi\"}"));
        assertEquals(List.of("mmoomm-events.js", "mmoomm-ship.js"), multi.stream().map(Script::name).toList());
        assertTrue(feed.scripts(withSettings("{\"mode\":\"single\"}")).isEmpty());
        assertTrue(feed.scripts(withSettings("{}")).isEmpty());
    }

    @Test
    void theFeedDescribesEveryPlayerTopicOfTheOverlay() {
        String source = new EventFeedScript().scripts(withSettings("{\"mode\":\"multi\"}")).get(0).source();
        for (String topic : MmoommTopics.PAYLOADS.keySet()) {
            assertTrue(source.contains("'" + topic + "'"), topic);
        }
        assertTrue(source.contains("'combat.hit'") && source.contains("'combat.destroyed'"));
        assertTrue(source.contains("textContent"), "text only, never HTML from other players");
    }
}
