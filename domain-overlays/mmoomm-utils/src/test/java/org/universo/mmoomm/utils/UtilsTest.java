package org.universo.mmoomm.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.mmoomm.types.GateJumpPayload;
import org.universo.mmoomm.types.MiningYieldPayload;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.ships.ModuleType;

class UtilsTest {
    private static Integrity integrity(double shield, double armor, double hull) {
        return new Integrity(new Integrity.Layer(shield, 100, Map.of()), new Integrity.Layer(armor, 100, Map.of()),
                new Integrity.Layer(hull, 100, Map.of()));
    }

    @Test
    void visualStatesFollowTheThresholds() {
        assertEquals("intact", VisualStates.state(integrity(100, 100, 100)));
        assertEquals("shields-down", VisualStates.state(integrity(0, 100, 100)));
        assertEquals("damaged", VisualStates.state(integrity(0, 49, 100)));
        assertEquals("damaged", VisualStates.state(integrity(0, 100, 99)));
        assertEquals("critical", VisualStates.state(integrity(0, 0, 29)));
        assertEquals("destroyed", VisualStates.state(integrity(0, 0, 0)));
        assertEquals(Map.of("model", "ship", "state", "critical"), VisualStates.visual(Map.of("model", "ship",
                "state", "intact"), integrity(0, 0, 10)));
    }

    @Test
    void catalogInvariantsListEveryProblem() {
        ModuleType bad = new ModuleType("x", "X", "hat", -1, 0, List.of(), List.of(),
                new ModuleType.Weapon(Map.of("plasma", 5.0, "em", -10.0), 0, 1, 100, 0));
        List<String> problems = CatalogInvariants.check(bad);
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(CatalogInvariants.check(new ModuleType("ok", "Ok", "weapon", 1, 1, List.of(), List.of(),
                new ModuleType.Weapon(Map.of("em", 5.0), 100, 1, 100, 10))).isEmpty());
    }

    @Test
    void ledgerInvariantsCatchUnbalancedEntriesAndDoubleCharges() {
        Receipt ok = new Receipt("t1", "transfer", null, List.of(new Receipt.Entry("a", "INMO", -5),
                new Receipt.Entry("b", "INMO", 5)), Instant.EPOCH, false);
        Receipt skewed = new Receipt("t2", "transfer", null, List.of(new Receipt.Entry("a", "INMO", -5),
                new Receipt.Entry("b", "INMO", 4)), Instant.EPOCH, false);
        assertTrue(LedgerInvariants.balanced(ok).isEmpty());
        assertEquals(1, LedgerInvariants.balanced(skewed).size());
        Receipt replay = new Receipt("t1", "transfer", null, ok.entries(), Instant.EPOCH, true);
        assertTrue(LedgerInvariants.sameResult(ok, replay).isEmpty());
        assertEquals(3, LedgerInvariants.sameResult(ok, skewed).size());
    }

    @Test
    void eventsRoundTripAndRefuseTheWrongPayload() {
        MiningYieldPayload y = new MiningYieldPayload("s", "a", "iron", 787.4, 0.1, 1.2);
        Map<String, Object> m = DomainEvents.payload(MmoommTopics.MINING_YIELD, y);
        assertEquals("iron", m.get("materialId"));
        assertEquals(y, DomainEvents.read(MmoommTopics.MINING_YIELD, m, MiningYieldPayload.class));
        assertThrows(IllegalArgumentException.class, () -> DomainEvents.payload(MmoommTopics.MINING_YIELD,
                new GateJumpPayload("e", "g", "w1", "w2")));
        assertEquals("org/universo/mmoomm/mining/yield", DomainEvents.eventAdminTopic(MmoommTopics.MINING_YIELD));
        Map<String, Object> props = DomainEvents.forPlayers(MmoommTopics.MINING_YIELD, y, "u1");
        assertEquals("iron", props.get("materialId"));
        assertEquals(MmoommTopics.MINING_YIELD, props.get("universo.topic"));
        assertEquals(List.of("u1"), List.of((String[]) props.get("universo.users")));
        assertEquals(m, props.get("universo.payload"));
    }
}
