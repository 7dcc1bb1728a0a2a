package org.universo.platformo.combat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.combat.FireGate;
import org.universo.platformo.ships.ModuleType;

/** One cooldown per attacker and weapon, whichever capacitor pays; a refused shot charges nothing. */
class FireGateTest {
    private static final ModuleType.Weapon LASER = new ModuleType.Weapon(Map.of("em", 6.0), 1000, 10, 500, 0);

    static final class Cell implements FireGate.Capacitor {
        double energy;

        Cell(double energy) {
            this.energy = energy;
        }

        @Override
        public double energy() {
            return energy;
        }

        @Override
        public void draw(double amount) {
            energy -= amount;
        }
    }

    @Test
    void aShotThroughOnePathCoolsTheWeaponDownForTheOther() {
        FireGateComponent gate = new FireGateComponent();
        Cell room = new Cell(100);
        Cell rest = new Cell(100);
        assertTrue(gate.fire("ship-1", "laser", LASER, room, 10_000).isEmpty());
        assertEquals(90, room.energy, 1e-9);
        FireGate.Refusal no = gate.fire("ship-1", "laser", LASER, rest, 10_400).orElseThrow();
        assertEquals("cooldown", no.reason());
        assertEquals(600, no.retryAfterMs());
        assertEquals(100, rest.energy, 1e-9, "a refused shot draws nothing");
        assertTrue(gate.fire("ship-2", "laser", LASER, rest, 10_400).isEmpty(), "another attacker has its own");
        assertTrue(gate.fire("ship-1", "laser", LASER, rest, 11_000).isEmpty(), "ready again after the cooldown");
    }

    @Test
    void anEmptyCapacitorRefusesWithoutStartingTheCooldown() {
        FireGateComponent gate = new FireGateComponent();
        Cell low = new Cell(5);
        assertEquals("energy", gate.fire("ship-1", "laser", LASER, low, 0).orElseThrow().reason());
        assertEquals(5, low.energy, 1e-9);
        assertTrue(gate.fire("ship-1", "laser", LASER, new Cell(50), 1).isEmpty(), "no cooldown was started");
    }
}
