package org.universo.mmoomm.content.internal;

import java.util.List;
import java.util.Map;
import org.universo.mmoomm.types.Resistances;
import org.universo.platformo.ships.Defense;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;

/**
 * MMOOMM's balance in one place, so a designer reads it as a table: hulls (a fighter, a miner, a hauler), weapons of
 * each damage profile, mining lasers, and the materials of the belts with their densities and Inmo values.
 */
final class Balance {
    private static final Resistances SHIELD = new Resistances(0, 0.2, 0.4, 0.5);
    private static final Resistances ARMOR = new Resistances(0.5, 0.35, 0.25, 0.1);
    private static final Resistances HULL = new Resistances(0.33, 0.33, 0.33, 0.33);

    static final List<ShipType> SHIPS = List.of(
            ship("mmoomm.vanguard", "Vanguard", "frigate", 1_200_000, 400, 40, 180, 60, 3, 2, 1, 220, 60, 2.0,
                    300, 250, 350),
            ship("mmoomm.prospector", "Prospector", "miner", 2_500_000, 500, 30, 150, 80, 2, 2, 2, 120, 25, 1.0,
                    250, 300, 500),
            ship("mmoomm.atlas", "Atlas", "hauler", 6_000_000, 600, 25, 120, 100, 1, 2, 3, 90, 12, 0.6,
                    200, 600, 900));

    static final List<ModuleType> MODULES = List.of(
            weapon("mmoomm.pulse-laser", "Pulse laser", 15, 8, Map.of("em", 9.0, "thermal", 6.0), 800, 6, 1500, 1000),
            weapon("mmoomm.railgun", "Railgun", 25, 20, Map.of("kinetic", 22.0, "thermal", 4.0), 2500, 4, 6000, 4000),
            weapon("mmoomm.missile-launcher", "Missile launcher", 30, 12, Map.of("explosive", 40.0), 4000, 10, 9000,
                    0),
            new ModuleType("mmoomm.mining-laser", "Mining laser", "weapon", 20, 15, List.of("miner", "frigate"),
                    List.of(), null),
            new ModuleType("mmoomm.shield-booster", "Shield booster", "utility", 25, 20, List.of(),
                    List.of(new ModuleType.Effect("shield", "multiply", 1.35)), null),
            new ModuleType("mmoomm.afterburner", "Afterburner", "utility", 15, 25, List.of(),
                    List.of(new ModuleType.Effect("maxSpeed", "multiply", 1.6)), null),
            new ModuleType("mmoomm.armor-plate", "Armor plate", "engineering", 5, 30, List.of(),
                    List.of(new ModuleType.Effect("armor", "add", 200), new ModuleType.Effect("massKg", "add", 50_000),
                            new ModuleType.Effect("acceleration", "multiply", 0.9)), null),
            new ModuleType("mmoomm.capacitor-battery", "Capacitor battery", "engineering", 10, 10, List.of(),
                    List.of(new ModuleType.Effect("energyCapacity", "add", 150)), null),
            new ModuleType("mmoomm.cargo-expander", "Cargo expander", "cargo", 5, 5, List.of("miner", "hauler"),
                    List.of(new ModuleType.Effect("massKg", "add", 20_000)), null));

    /** Mining lasers: m³ of ore per cycle, cycle time and range. */
    record Laser(double yieldM3, long cycleMs, double rangeM) {
    }

    static final Map<String, Laser> LASERS = Map.of("mmoomm.mining-laser", new Laser(0.5, 5_000, 1_500));

    /**
     * A material of the asteroid belts: density in kg/m³, value in Inmo minor units (1/100 Inmo) per kg, and the
     * ledger currency (in whole kg) it is held and traded in once unloaded at a station.
     */
    record Material(String id, String name, double densityKgM3, long valueInmoPerKg, String currency) {
    }

    static final List<Material> MATERIALS = List.of(
            new Material("mmoomm.asteroid-rock", "Asteroid rock", 2_700, 1, "ROCK"),
            new Material("mmoomm.iron", "Iron ore", 7_874, 12, "IRON"),
            new Material("mmoomm.nickel", "Nickel ore", 8_908, 30, "NICKEL"),
            new Material("mmoomm.ice", "Water ice", 917, 4, "ICE"),
            new Material("mmoomm.gold", "Gold ore", 19_300, 5_800, "GOLD"));

    private Balance() {
    }

    private static ShipType ship(String id, String name, String hull, double mass, double energy, double recharge,
            double cpu, double power, int weapon, int utility, int engineering, double speed, double accel,
            double turn, double shield, double armor, double structure) {
        return new ShipType(id, name, hull, mass, energy, recharge, cpu, power, Map.of("weapon", weapon, "utility",
                utility, "engineering", engineering, "cargo", hull.equals("frigate") ? 0 : 2), speed, accel, turn,
                new Defense(new Defense.Layer(shield, SHIELD.asMap()), new Defense.Layer(armor, ARMOR.asMap()),
                        new Defense.Layer(structure, HULL.asMap())));
    }

    private static ModuleType weapon(String id, String name, double cpu, double power, Map<String, Double> damage,
            long cooldownMs, double energy, double optimal, double falloff) {
        return new ModuleType(id, name, "weapon", cpu, power, List.of(), List.of(),
                new ModuleType.Weapon(damage, cooldownMs, energy, optimal, falloff));
    }
}
