package org.universo.platformo.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.universo.platformo.combat.CombatEvents;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.combat.internal.CombatComponent;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.internal.BaseCatalog;
import org.universo.platformo.ships.internal.ShipsComponent;

/**
 * Damage applications per second on one core: the combat rules a room's tick runs for each hit (range falloff,
 * shield → armor → hull with resistances), and the same with what the room does next (the combat.hit payload, the
 * target's Integrity as JSON for replication and write-back).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CombatBenchmarks {
    private final ObjectMapper json = new ObjectMapper();
    private CombatComponent rules;
    private ModuleType.Weapon weapon;
    private Integrity target;
    private double distance;

    @Setup
    public void setup() {
        ShipsComponent ships = new ShipsComponent();
        ships.addProvider(new BaseCatalog(), Map.of("service.id", 1L));
        rules = new CombatComponent(ships);
        weapon = new ModuleType.Weapon(Map.of("em", 6.0, "thermal", 4.0, "kinetic", 8.0, "explosive", 2.0), 500, 5,
                300, 200);
        // a thin shield so every hit reaches the armor: the longest path through the layers
        target = new Integrity(new Integrity.Layer(3, 50, Map.of("em", 0.0, "thermal", 0.2, "kinetic", 0.4)),
                new Integrity.Layer(5000, 5000, Map.of("em", 0.5, "thermal", 0.35, "kinetic", 0.25, "explosive",
                        0.1)), new Integrity.Layer(5000, 5000, Map.of()));
        distance = 350;
    }

    @Benchmark
    public Hit damage() {
        return rules.resolve("gun", weapon, distance, target);
    }

    @Benchmark
    public String damageWithEventAndReplication() throws JsonProcessingException {
        Hit hit = rules.resolve("gun", weapon, distance, target);
        Map<String, Object> event = CombatEvents.hit("attacker", "target", hit);
        return json.writeValueAsString(hit.after()) + event.size();
    }
}
