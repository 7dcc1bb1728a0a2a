package org.universo.platformo.utils.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.utils.delta.JsonDiffTest.json;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StateMergerTest {

    private static VersionedValue v(int value, long version, String source) {
        return new VersionedValue(IntNode.valueOf(value), version, source);
    }

    private final Map<String, VersionedValue> current = Map.of("hp", v(100, 5, "db"), "speed", v(3, 2, "db"));

    @Test
    void newerVersionWins() {
        StateMerger.Result result = StateMerger.merge(current, Map.of("hp", v(90, 6, "tick")));
        assertEquals(90, result.state().get("hp").value().intValue());
        assertEquals(List.of("hp"), result.changedFields());
        assertEquals(json("{'hp':90,'speed':3}"), result.values());
        assertEquals(json("{'hp':90}"), result.changedValues());
    }

    @Test
    void olderVersionIsIgnored() {
        StateMerger.Result result = StateMerger.merge(current, Map.of("hp", v(1, 4, "tick"), "speed", v(9, 1, "zzz")));
        assertEquals(current, result.state());
        assertFalse(result.changed());
    }

    @Test
    void equalVersionsAreBrokenBySourceIdRegardlessOfOrder() {
        Map<String, VersionedValue> fromA = Map.of("hp", v(50, 7, "a-server"));
        Map<String, VersionedValue> fromB = Map.of("hp", v(60, 7, "b-server"));
        StateMerger.Result ab = StateMerger.mergeAll(current, List.of(fromA, fromB));
        StateMerger.Result ba = StateMerger.mergeAll(current, List.of(fromB, fromA));
        assertEquals(60, ab.state().get("hp").value().intValue());
        assertEquals(ab, ba);
        // the same source reusing a version still resolves deterministically
        assertEquals(StateMerger.mergeAll(Map.of(), List.of(Map.of("x", v(1, 1, "s")), Map.of("x", v(2, 1, "s")))),
                StateMerger.mergeAll(Map.of(), List.of(Map.of("x", v(2, 1, "s")), Map.of("x", v(1, 1, "s")))));
    }

    @Test
    void sameVersionAndSourceKeepsCurrent() {
        StateMerger.Result result = StateMerger.merge(current, Map.of("hp", v(100, 5, "db")));
        assertSame(current.get("hp"), result.state().get("hp"));
        assertFalse(result.changed());
    }

    @Test
    void newFieldIsAdded() {
        StateMerger.Result result = StateMerger.merge(current, Map.of("mana", v(10, 1, "tick")));
        assertEquals(3, result.state().size());
        assertEquals(List.of("mana"), result.changedFields());
        assertEquals(10, result.state().get("mana").value().intValue());
    }

    @Test
    void newerVersionWithSameValueIsNotAChange() {
        StateMerger.Result result = StateMerger.merge(current, Map.of("speed", new VersionedValue(json("3.0"), 9, "tick")));
        assertEquals(9, result.state().get("speed").version());
        assertFalse(result.changed());
    }

    @Test
    void nullValueClearsAField() {
        StateMerger.Result result = StateMerger.merge(current, Map.of("hp", new VersionedValue(null, 6, "tick")));
        assertTrue(result.state().get("hp").value().isNull());
        assertEquals(List.of("hp"), result.changedFields());
    }

    @Test
    void inputsAreNotModifiedAndChangedFieldsAreSorted() {
        Map<String, VersionedValue> mutable = new HashMap<>(current);
        StateMerger.Result result = StateMerger.merge(mutable, Map.of("z", v(1, 1, "t"), "a", v(1, 1, "t"), "hp", v(1, 9, "t")));
        assertEquals(current, mutable);
        assertEquals(List.of("a", "hp", "z"), result.changedFields());
    }

    @Test
    void arrivalOrderDoesNotMatter() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Map<String, VersionedValue>> updates = new ArrayList<>();
            for (int u = 0; u < 5; u++) {
                Map<String, VersionedValue> update = new HashMap<>();
                for (String field : List.of("a", "b", "c", "d")) {
                    if (random.nextBoolean()) {
                        update.put(field, v(random.nextInt(4), random.nextInt(3), "s" + random.nextInt(2)));
                    }
                }
                updates.add(update);
            }
            StateMerger.Result expected = StateMerger.mergeAll(current, updates);
            Collections.shuffle(updates, random);
            assertEquals(expected, StateMerger.mergeAll(current, updates), "round " + round);
            // folding one update at a time gives the same state
            Map<String, VersionedValue> folded = current;
            for (Map<String, VersionedValue> update : updates) {
                folded = StateMerger.merge(folded, update).state();
            }
            assertEquals(expected.state(), folded, "round " + round);
        }
    }
}
