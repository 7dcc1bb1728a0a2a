package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ships.Ships;

/** New ships take berths around the first station in turn and never start inside one another. */
class StartersTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void eachNewShipTakesTheNextBerthAroundTheStation() {
        List<EntityView> world = new ArrayList<>();
        world.add(entity("station", Map.of(MmoommComponentTypes.STATION, JSON.objectNode(), "Transform", at(100, 0, -50))));
        Set<String> places = new HashSet<>();
        List<double[]> starts = new ArrayList<>();
        for (int i = 0; i < 2 * Starters.SLOTS + 1; i++) {
            JsonNode p = Starters.spawn(world).path("position");
            double[] xyz = {p.path("x").asDouble(), p.path("y").asDouble(), p.path("z").asDouble()};
            double fromStation = Math.hypot(xyz[0] - 100, xyz[2] + 50);
            assertEquals(Starters.BESIDE, fromStation, 1e-9, "on the ring around the station");
            places.add(Math.round(xyz[0]) + "," + Math.round(xyz[1]) + "," + Math.round(xyz[2]));
            starts.add(xyz);
            world.add(entity("ship-" + i, Map.of(Ships.COMPONENT, JSON.objectNode(), "Transform", at(xyz[0], xyz[1], xyz[2]))));
        }
        assertEquals(starts.size(), places.size(), "no two ships start in one place");
        assertEquals(130, starts.get(0)[0], 1e-9, "the first ship starts where it always did, 30 m off the station");
        for (int a = 0; a < starts.size(); a++) {
            for (int b = a + 1; b < starts.size(); b++) {
                double d = Math.sqrt(Math.pow(starts.get(a)[0] - starts.get(b)[0], 2)
                        + Math.pow(starts.get(a)[1] - starts.get(b)[1], 2) + Math.pow(starts.get(a)[2] - starts.get(b)[2], 2));
                assertTrue(d > 10, "ships " + a + " and " + b + " are " + d + " m apart");
            }
        }
        assertEquals(Starters.LEVEL, starts.get(Starters.SLOTS)[1], 1e-9, "the second round a level higher");
    }

    @Test
    void aLargeStationsBerthsAreOffItsSurface() {
        var station = (com.fasterxml.jackson.databind.node.ObjectNode) at(0, 0, 0);
        station.putObject("scale").put("x", 60).put("y", 20).put("z", 60);
        JsonNode p = Starters.spawn(List.of(entity("station", Map.of(MmoommComponentTypes.STATION, JSON.objectNode(),
                "Transform", station)))).path("position");
        assertEquals(30 + Starters.BESIDE, p.path("x").asDouble(), 1e-9, "its radius of 30 m, then the berth");
    }

    private static JsonNode at(double x, double y, double z) {
        var t = JSON.objectNode();
        t.putObject("position").put("x", x).put("y", y).put("z", z);
        return t;
    }

    private static EntityView entity(String id, Map<String, JsonNode> components) {
        Map<String, ComponentValue> c = new java.util.LinkedHashMap<>();
        components.forEach((k, v) -> c.put(k, new ComponentValue(1, v)));
        return new EntityView(id, "w", "owner", null, null, id, c, List.of(), null, null);
    }
}
