package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.universo.platformo.combat.CombatEvents;
import org.universo.platformo.combat.Integrity;

class VisualFollowerTest {
    private final MiningTest.Store store = new MiningTest.Store();
    private final VisualFollower follower = new VisualFollower(store, Runnable::run);

    VisualFollowerTest() throws Exception {
        store.put("hauler", "me", "{\"Visual\":{\"model\":\"hauler\",\"color\":\"#ff0000\"}}");
        store.put("bare", "me", "{\"Health\":{\"current\":10,\"max\":10}}");
    }

    @Test
    void theVisualStateFollowsIntegrityAndIsWrittenOnlyWhenItChanges() {
        follower.handleEvent(hit("hauler", 100, 100, 100));
        assertEquals("intact", store.data("hauler", "Visual").path("state").asText());
        follower.handleEvent(hit("hauler", 90, 100, 100));
        follower.handleEvent(hit("hauler", 0, 100, 100));
        assertEquals("shields-down", store.data("hauler", "Visual").path("state").asText());
        assertEquals("#ff0000", store.data("hauler", "Visual").path("color").asText(), "the rest is kept");
        follower.handleEvent(hit("hauler", 0, 0, 20));
        assertEquals("critical", store.data("hauler", "Visual").path("state").asText());
        follower.handleEvent(hit("hauler", 0, 0, 10));
        assertEquals(3, store.writes.size(), "intact, shields-down, critical: one write per change of state");
        follower.handleEvent(hit("hauler", 0, 0, 0));
        assertEquals("destroyed", store.data("hauler", "Visual").path("state").asText());
    }

    @Test
    void entitiesWithoutAVisualOrNotStoredAreLeftAlone() {
        follower.handleEvent(hit("bare", 0, 0, 5));
        follower.handleEvent(hit("ship-of-a-room", 0, 0, 5));
        follower.handleEvent(new Event("org/universo/platformo/combat/hit", Map.of("targetId", "hauler")));
        assertEquals(0, store.writes.size());
    }

    private static Event hit(String target, double shield, double armor, double hull) {
        Map<String, Object> props = new HashMap<>();
        props.put("targetId", target);
        props.put(CombatEvents.INTEGRITY_AFTER, new Integrity(new Integrity.Layer(shield, 100, Map.of()),
                new Integrity.Layer(armor, 100, Map.of()), new Integrity.Layer(hull, 100, Map.of())));
        return new Event("org/universo/platformo/combat/hit", props);
    }
}
