package org.universo.platformo.ships.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.ships.Defense;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;

/** A hull's stats with the fitted modules' effects: all additions, then all multiplications, so order never matters. */
final class StatsCalculator {
    private StatsCalculator() {
    }

    static FittingReport.Stats stats(ShipType s, List<ModuleType> fitted, Map<String, Integer> slotsUsed) {
        Map<String, Double> add = new HashMap<>();
        Map<String, Double> mul = new HashMap<>();
        double cpuUsed = 0;
        double powerUsed = 0;
        for (ModuleType m : fitted) {
            cpuUsed += m.cpu();
            powerUsed += m.power();
            for (ModuleType.Effect e : m.effects()) {
                if ("multiply".equals(e.op())) {
                    mul.merge(e.stat(), e.value(), (a, b) -> a * b);
                } else {
                    add.merge(e.stat(), e.value(), Double::sum);
                }
            }
        }
        Stat st = (name, base) -> (base + add.getOrDefault(name, 0.0)) * mul.getOrDefault(name, 1.0);
        Defense d = s.defense();
        Defense defense = d == null ? null : new Defense(layer(d.shield(), st.of("shield", hp(d.shield()))),
                layer(d.armor(), st.of("armor", hp(d.armor()))), layer(d.hull(), st.of("hull", hp(d.hull()))));
        return new FittingReport.Stats(st.of("massKg", s.massKg()), st.of("maxSpeed", s.maxSpeed()),
                st.of("acceleration", s.acceleration()), st.of("turnRate", s.turnRate()),
                st.of("energyCapacity", s.energyCapacity()), st.of("energyRecharge", s.energyRecharge()),
                st.of("cpu", s.cpu()), cpuUsed, st.of("powerGrid", s.powerGrid()), powerUsed, Map.copyOf(slotsUsed),
                defense);
    }

    private interface Stat {
        double of(String name, double base);
    }

    private static double hp(Defense.Layer l) {
        return l == null ? 0 : l.hp();
    }

    private static Defense.Layer layer(Defense.Layer l, double hp) {
        return new Defense.Layer(Math.max(0, hp), l == null ? Map.of() : l.resist());
    }
}
