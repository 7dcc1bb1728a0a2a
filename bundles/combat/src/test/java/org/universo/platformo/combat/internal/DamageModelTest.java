package org.universo.platformo.combat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ships.ModuleType;

class DamageModelTest {
    private static final ModuleType.Weapon GUN = new ModuleType.Weapon(Map.of("thermal", 40.0), 1000, 5, 100, 100);

    private static Integrity target(double shield, double armor, double hull) {
        return new Integrity(new Integrity.Layer(shield, 50, Map.of("thermal", 0.5)),
                new Integrity.Layer(armor, 50, Map.of("thermal", 0.25)), new Integrity.Layer(hull, 100, Map.of()));
    }

    @Test
    void theShieldTakesDamageAfterItsResistance() {
        Hit h = DamageModel.resolve("gun", GUN, 50, target(50, 50, 100));
        assertEquals(List.of(new Hit.Applied("thermal", "shield", 20)), h.applied());
        assertEquals(30, h.after().shield().current(), 1e-9);
        assertEquals(20, h.total(), 1e-9);
    }

    @Test
    void whatALayerCannotHoldPassesOnAsRawDamage() {
        // shield 5 left at 50 %: it takes 5 of 20 effective, i.e. 10 raw; 30 raw reach the armor at 25 %: 22.5
        Hit h = DamageModel.resolve("gun", GUN, 0, target(5, 50, 100));
        assertEquals(0, h.after().shield().current(), 1e-9);
        assertEquals(50 - 22.5, h.after().armor().current(), 1e-9);
        assertEquals(100, h.after().hull().current(), 1e-9);
        assertEquals("armor", h.applied().get(1).layer());
    }

    @Test
    void damageFallsLinearlyBeyondOptimalRangeAndIsNoneAtTheEnd() {
        assertEquals(1, DamageModel.rangeFactor(GUN, 100), 1e-9);
        assertEquals(0.5, DamageModel.rangeFactor(GUN, 150), 1e-9);
        assertEquals(0, DamageModel.rangeFactor(GUN, 200), 1e-9);
        Hit far = DamageModel.resolve("gun", GUN, 250, target(50, 50, 100));
        assertTrue(far.applied().isEmpty());
        assertEquals(0, far.total());
    }

    @Test
    void theHullGoingToZeroDestroysOnceAndNeverBelowZero() {
        Hit h = DamageModel.resolve("gun", GUN, 0, target(0, 0, 30));
        assertTrue(h.destroyed());
        assertEquals(0, h.after().hull().current(), 1e-9);
        assertEquals(30, h.total(), 1e-9);
        Hit again = DamageModel.resolve("gun", GUN, 0, h.after());
        assertFalse(again.destroyed());
        assertEquals(0, again.total());
    }

    @Test
    void aFullyResistantLayerStopsThatTypeAndOthersPass() {
        ModuleType.Weapon mixed = new ModuleType.Weapon(Map.of("em", 10.0, "kinetic", 10.0), 0, 0, 10, 0);
        Integrity t = new Integrity(new Integrity.Layer(50, 50, Map.of("em", 1.0)), new Integrity.Layer(0, 0, Map.of()),
                new Integrity.Layer(100, 100, Map.of()));
        Hit h = DamageModel.resolve("m", mixed, 0, t);
        assertEquals(List.of(new Hit.Applied("kinetic", "shield", 10)), h.applied());
    }
}
