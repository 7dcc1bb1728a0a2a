package org.universo.platformo.ships.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.FittingReport.Problem;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;

/** The fitting rules, free of services so they are tested directly. All problems are collected, none short-circuits. */
final class FittingCheck {
    private FittingCheck() {
    }

    static FittingReport check(Fitting f, Function<String, Optional<ShipType>> ships,
            Function<String, Optional<ModuleType>> modules) {
        List<Problem> problems = new ArrayList<>();
        ShipType ship = f.shipTypeId() == null ? null : ships.apply(f.shipTypeId()).orElse(null);
        if (ship == null) {
            problems.add(new Problem("ship.unknown", "no ship type " + f.shipTypeId(), null));
        }
        List<ModuleType> fitted = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (int i = 0; i < f.modules().size(); i++) {
            String id = f.modules().get(i);
            ModuleType m = id == null ? null : modules.apply(id).orElse(null);
            if (m == null) {
                problems.add(new Problem("module.unknown", "no module " + id, i));
                continue;
            }
            fitted.add(m);
            int n = used.merge(m.slot(), 1, Integer::sum);
            if (ship == null) {
                continue;
            }
            int slots = ship.slots().getOrDefault(m.slot(), 0);
            if (slots == 0) {
                problems.add(new Problem("slot.missing", ship.id() + " has no " + m.slot() + " slot for " + m.id(), i));
            } else if (n > slots) {
                problems.add(new Problem("slot.full", ship.id() + " has " + slots + " " + m.slot() + " slot(s); "
                        + m.id() + " would be number " + n, i));
            }
            if (!m.hullClasses().isEmpty() && !m.hullClasses().contains(ship.hullClass())) {
                problems.add(new Problem("module.incompatible", m.id() + " fits " + m.hullClasses() + ", not "
                        + ship.hullClass(), i));
            }
        }
        if (ship == null) {
            return new FittingReport(false, problems, null);
        }
        FittingReport.Stats stats = StatsCalculator.stats(ship, fitted, used);
        if (stats.cpuUsed() > stats.cpu()) {
            problems.add(new Problem("cpu.exceeded", "modules need " + stats.cpuUsed() + " CPU, the ship has "
                    + stats.cpu(), null));
        }
        if (stats.powerUsed() > stats.powerGrid()) {
            problems.add(new Problem("power.exceeded", "modules need " + stats.powerUsed() + " power grid, the ship has "
                    + stats.powerGrid(), null));
        }
        return new FittingReport(problems.isEmpty(), problems, stats);
    }
}
