package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Position;

/** The MMOOMM palette's nodes become the bodies the room flies: where and as large as drawn, with their roles. */
class MmoommNodesTest {
    private final MmoommNodes nodes = new MmoommNodes();

    @Test
    void anAsteroidIsOreOfItsMaterialTwiceItsRadiusAcrossWhereItWasDrawn() {
        Map<String, JsonNode> c = nodes.components(node("mmoomm.Asteroid", Map.of("materialId", "mmoomm.nickel",
                "massKg", 4000, "radius", 6, "color", "#AA8844",
                "transform", Map.of("pos", List.of(10, -2, 300), "scale", List.of(1, 0.5, 1)))));
        assertEquals(10, c.get("Transform").at("/position/x").asDouble());
        assertEquals(300, c.get("Transform").at("/position/z").asDouble());
        assertEquals(12, c.get("Transform").at("/scale/x").asDouble());
        assertEquals(6, c.get("Transform").at("/scale/y").asDouble());
        assertEquals("asteroid", c.get("Visual").path("model").asText());
        assertEquals("#aa8844", c.get("Visual").path("color").asText());
        assertEquals("mmoomm.nickel", c.get("mmoomm.Mineable").path("materialId").asText());
        assertEquals(4000, c.get("mmoomm.Mineable").path("massKg").asDouble());
    }

    @Test
    void anAsteroidOfAMaterialNobodyBuysIsRefusedWithTheMaterialsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nodes.components(
                node("mmoomm.Asteroid", Map.of("materialId", "mmoomm.unobtainium", "massKg", 1))));
        assertTrue(e.getMessage().contains("mmoomm.unobtainium") && e.getMessage().contains("mmoomm.iron"), e.getMessage());
    }

    @Test
    void aStationIsAMarketUnlessTheCreatorSaysNotAndSixtyMetresAcrossByDefault() {
        Map<String, JsonNode> market = nodes.components(node("mmoomm.Station", Map.of("name", "Port")));
        assertEquals(50, market.get("mmoomm.Station").path("rangeM").asDouble());
        assertEquals(60, market.get("Transform").at("/scale/z").asDouble());
        assertEquals(0, market.get("Transform").at("/position/x").asDouble());
        Map<String, JsonNode> closed = nodes.components(node("mmoomm.Station", Map.of("name", "Hulk", "market",
                false)));
        assertFalse(closed.containsKey("mmoomm.Station"));
        assertEquals("station", closed.get("Visual").path("model").asText());
    }

    @Test
    void aGateLeadsToItsWorldWithItsReachAndIsAsLargeAsItsRing() {
        Map<String, JsonNode> c = nodes.components(node("mmoomm.Gate", Map.of("toWorldId", "vega", "radius", 80,
                "ringRadius", 15, "transform", Map.of("rot", List.of(0, 90, 0)))));
        assertEquals("vega", c.get("mmoomm.Gate").path("toWorldId").asText());
        assertEquals(80, c.get("mmoomm.Gate").path("radius").asDouble());
        assertEquals(30, c.get("Transform").at("/scale/x").asDouble());
        assertEquals(Math.sqrt(0.5), c.get("Transform").at("/rotation/y").asDouble(), 1e-12);
        assertFalse(nodes.components(node("mmoomm.Gate", Map.of("toWorldId", "vega"))).get("mmoomm.Gate")
                .has("radius"));
    }

    private static Node node(String type, Map<String, Object> data) {
        return new Node("n1", type, new Position(0, 0), data);
    }
}
