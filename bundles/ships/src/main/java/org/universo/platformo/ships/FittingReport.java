package org.universo.platformo.ships;

import java.util.List;
import java.util.Map;

/** The outcome of a fitting check: every violation found (none: valid) and the resulting stats when the hull is known. */
public record FittingReport(boolean valid, List<Problem> violations, Stats stats) {

    /**
     * One reason the fitting is refused. Codes: {@code ship.unknown}, {@code module.unknown}, {@code slot.missing}
     * (the hull has no slot of that type), {@code slot.full}, {@code module.incompatible}, {@code cpu.exceeded},
     * {@code power.exceeded}. {@code moduleIndex} points into {@link Fitting#modules()} when one module is at fault.
     */
    public record Problem(String code, String message, Integer moduleIndex) {
    }

    /** The hull's stats with every module's effects, and what the fitting uses of CPU, power and slots. */
    public record Stats(double massKg, double maxSpeed, double acceleration, double turnRate, double energyCapacity,
            double energyRecharge, double cpu, double cpuUsed, double powerGrid, double powerUsed,
            Map<String, Integer> slotsUsed, Defense defense) {
    }
}
