package org.universo.mmoomm.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.universo.mmoomm.types.GateJumpPayload;
import org.universo.platformo.api.error.ApiException;

class GateJumpsTest {
    private final MiningTest.Store store = new MiningTest.Store();
    private final GateJumps gates = new GateJumps(store);
    private static final java.util.function.Predicate<String> OPEN = world -> true;

    GateJumpsTest() throws Exception {
        store.put("sol", "ship", "me", pose(30, 0, 0) + "}");
        store.put("sol", "gate", "nobody", pose(0, 0, 0) + ",\"mmoomm.Gate\":{\"toWorldId\":\"vega\",\"radius\":50}}");
        store.put("sol", "rock", "nobody", pose(10, 0, 0) + "}");
        store.put("vega", "back", "nobody", pose(500, 20, 0) + ",\"mmoomm.Gate\":{\"toWorldId\":\"sol\",\"radius\":40}}");
    }

    @Test
    void aShipInRangeComesOutBesideTheGateLeadingBack() {
        GateJumpPayload j = gates.jump("me", "ship", "gate", OPEN);
        assertEquals(new GateJumpPayload("ship", "gate", "sol", "vega"), j);
        assertEquals(List.of("ship->vega"), store.moves);
        assertEquals(548.0, store.data("ship", "Transform").at("/position/x").asDouble(), 1e-9, "40 m × 1.2 beyond it");
        assertEquals(20.0, store.data("ship", "Transform").at("/position/y").asDouble(), 1e-9);
        assertEquals(1.0, store.data("ship", "Transform").at("/rotation/w").asDouble(), 1e-9, "orientation kept");
    }

    @Test
    void withoutAGateBackTheShipComesOutAtTheOrigin() throws Exception {
        store.put("sol", "gate2", "nobody", pose(0, 0, 0) + ",\"mmoomm.Gate\":{\"toWorldId\":\"deep\"}}");
        gates.jump("me", "ship", "gate2", OPEN);
        assertEquals(0.0, store.data("ship", "Transform").at("/position/x").asDouble(), 1e-9);
        assertEquals(List.of("ship->deep"), store.moves);
    }

    @Test
    void onlyTheOwnersShipInRangeOfARealGateJumps() throws Exception {
        assertEquals(404, assertThrows(ApiException.class, () -> gates.jump("thief", "ship", "gate", OPEN)).httpStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> gates.jump("me", "ship", "back", OPEN)).httpStatus(),
                "a gate of another world");
        assertEquals("not_a_gate", assertThrows(ApiException.class, () -> gates.jump("me", "ship", "rock", OPEN)).details()
                .get("reason"));
        store.put("sol", "ship", "me", pose(51, 0, 0) + "}");
        ApiException far = assertThrows(ApiException.class, () -> gates.jump("me", "ship", "gate", OPEN));
        assertEquals(422, far.httpStatus());
        assertEquals("out_of_range", far.details().get("reason"));
        assertTrue(store.moves.isEmpty(), "nothing moved on a refusal");
    }

    @Test
    void aGateToAWorldThatIsMissingOrClosedToThePlayerLeavesTheShipWhereItWas() {
        ApiException closed = assertThrows(ApiException.class, () -> gates.jump("me", "ship", "gate",
                world -> !world.equals("vega")));
        assertEquals(422, closed.httpStatus());
        assertEquals("destination_unavailable", closed.details().get("reason"));
        assertTrue(closed.getMessage().contains("vega"), closed.getMessage());
        assertTrue(store.moves.isEmpty(), "nothing moved on a refusal");
    }

    private static String pose(double x, double y, double z) {
        return "{\"Transform\":{\"position\":{\"x\":" + x + ",\"y\":" + y + ",\"z\":" + z + "},\"rotation\":{\"x\":0,"
                + "\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";
    }
}
