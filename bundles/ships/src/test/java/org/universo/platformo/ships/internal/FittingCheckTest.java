package org.universo.platformo.ships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;

class FittingCheckTest {
    private final ShipsComponent ships = new ShipsComponent();

    FittingCheckTest() {
        ships.addProvider(new BaseCatalog(), Map.of("service.id", 1L));
        ships.addProvider(new TestCatalog(), Map.of("service.id", 2L));
    }

    @Test
    void aValidFittingGivesTheStatsWithEffectsApplied() {
        FittingReport r = ships.check(new Fitting("core.shuttle", List.of("core.pulse-laser", "core.afterburner",
                "core.shield-extender"), null));
        assertTrue(r.valid(), r.violations().toString());
        assertEquals(90, r.stats().maxSpeed(), 1e-9);
        assertEquals(21_000, r.stats().massKg(), 1e-9);
        assertEquals(55, r.stats().cpuUsed(), 1e-9);
        assertEquals(45, r.stats().powerUsed(), 1e-9);
        assertEquals(90, r.stats().defense().shield().hp(), 1e-9);
        assertEquals(Map.of("weapon", 1, "utility", 2), r.stats().slotsUsed());
    }

    @Test
    void everyViolationIsReportedNotJustTheFirst() {
        FittingReport r = ships.check(new Fitting("core.shuttle", List.of("core.pulse-laser", "core.pulse-laser",
                "core.pulse-laser", "test.heavy-gun", "nothing", "test.cargo-pod", "test.big-battery"), null));
        assertFalse(r.valid());
        List<String> codes = r.violations().stream().map(FittingReport.Problem::code).toList();
        assertEquals(List.of("slot.full", "slot.full", "module.incompatible", "module.unknown", "slot.missing",
                "cpu.exceeded", "power.exceeded"), codes);
        assertEquals(2, r.violations().get(0).moduleIndex());
        assertEquals(3, r.violations().get(1).moduleIndex());
        assertEquals(3, r.violations().get(2).moduleIndex());
        assertEquals(4, r.violations().get(3).moduleIndex());
        assertEquals(5, r.violations().get(4).moduleIndex());
        assertNull(r.violations().get(5).moduleIndex());
    }

    @Test
    void anUnknownHullIsOneViolationAndUnknownModulesStillCount() {
        FittingReport r = ships.check(new Fitting("nope", List.of("core.pulse-laser", "gone"), null));
        assertEquals(List.of("ship.unknown", "module.unknown"), r.violations().stream()
                .map(FittingReport.Problem::code).toList());
        assertNull(r.stats());
    }

    @Test
    void theFirstRegisteredCatalogKeepsAnIdAndLeavingTakesItsEntriesAway() {
        assertEquals("core", ships.catalog().shipTypes().get(0).catalogId());
        assertEquals(20_000, ships.shipType("core.shuttle").orElseThrow().massKg());
        assertTrue(ships.module("test.heavy-gun").isPresent());
        ships.removeProvider(null, Map.of("service.id", 2L));
        assertTrue(ships.module("test.heavy-gun").isEmpty());
        assertEquals(20_000, ships.shipType("core.shuttle").orElseThrow().massKg());
    }

    /** A second catalog: a clashing shuttle (ignored) and modules that break rules. */
    static final class TestCatalog implements org.universo.platformo.ships.spi.ShipCatalogProvider {
        @Override
        public String catalogId() {
            return "test";
        }

        @Override
        public List<ShipType> shipTypes() {
            return List.of(new ShipType("core.shuttle", "Impostor", "frigate", 1, 1, 1, 1, 1, Map.of(), 1, 1, 1,
                    null));
        }

        @Override
        public List<ModuleType> modules() {
            return List.of(new ModuleType("test.heavy-gun", "Heavy gun", "weapon", 10, 10, List.of("cruiser"),
                    List.of(), new ModuleType.Weapon(Map.of("kinetic", 50.0), 2000, 10, 1000, 500)),
                    new ModuleType("test.cargo-pod", "Cargo pod", "cargo", 1, 1, List.of(), List.of(), null),
                    new ModuleType("test.big-battery", "Big battery", "utility", 100, 100, List.of(), List.of(),
                            null));
        }
    }
}
