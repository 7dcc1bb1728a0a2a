package org.universo.platformo.resources.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.universo.platformo.resources.Aggregates;
import org.universo.platformo.resources.internal.store.BomEntity;
import org.universo.platformo.resources.internal.store.VersionEntity;

/** Computes {@link Aggregates} down a bill of materials, each version once. */
final class Totals {
    private final EntityManager em;
    private final Units units;
    private final Map<String, String> choices;
    private final Map<String, Aggregates> done = new HashMap<>();

    /** {@code choices}: alternative group → the child version to use in it. */
    Totals(EntityManager em, Units units, Map<String, String> choices) {
        this.em = em;
        this.units = units;
        this.choices = choices;
    }

    Aggregates of(VersionEntity v) {
        Aggregates known = done.get(v.id);
        if (known != null) {
            return known;
        }
        double mass = v.massKg;
        double volume = v.volumeM3;
        double cost = v.cost;
        int parts = 0;
        Map<String, String> picked = new HashMap<>();
        List<BomEntity> lines = Versions.lines(em, v.id);
        for (BomEntity line : lines) {
            if (line.altGroup != null) {
                picked.putIfAbsent(line.altGroup, choices.getOrDefault(line.altGroup, line.childVersionId));
            }
        }
        for (BomEntity line : lines) {
            if (line.optional || line.altGroup != null && !picked.get(line.altGroup).equals(line.childVersionId)) {
                continue;
            }
            VersionEntity child = em.find(VersionEntity.class, line.childVersionId);
            Aggregates c = of(child);
            double n = units.convert(line.qty, line.unit, child.unit).result();
            mass += n * c.massKg();
            volume += n * c.volumeM3();
            cost += n * c.cost();
            parts += 1 + c.parts();
        }
        Aggregates a = new Aggregates(v.id, mass, volume, Math.round(cost), parts);
        done.put(v.id, a);
        return a;
    }
}
