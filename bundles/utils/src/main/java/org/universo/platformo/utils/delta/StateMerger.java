package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Merges field-level updates of one entity's component state from several sources; per field
 * the last writer wins by {@link VersionedValue#PRECEDENCE}.
 *
 * <p>Each field keeps the greatest value under a total order, so the result does not depend on
 * the order in which updates arrive. Fields are never deleted; write JSON null with a newer version.
 */
public final class StateMerger {

    /**
     * The merged state and the fields whose value differs from the previous state.
     *
     * @param state         the merged fields (unmodifiable)
     * @param changedFields names of fields that are new or whose value changed, sorted; a field
     *                      that only got a newer version with an equivalent value is not listed
     */
    public record Result(Map<String, VersionedValue> state, List<String> changedFields) {

        public Result {
            state = Map.copyOf(state);
            changedFields = List.copyOf(changedFields);
        }

        public boolean changed() {
            return !changedFields.isEmpty();
        }

        /** The merged values as a JSON object, e.g. to store or send the component. */
        public ObjectNode values() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            new TreeSet<>(state.keySet()).forEach(field -> json.set(field, state.get(field).value().deepCopy()));
            return json;
        }

        /** The changed fields with their new values, e.g. to send a delta to clients. */
        public ObjectNode changedValues() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            changedFields.forEach(field -> json.set(field, state.get(field).value().deepCopy()));
            return json;
        }
    }

    private StateMerger() {
    }

    /** Merges one update into {@code current}; neither map is changed. */
    public static Result merge(Map<String, VersionedValue> current, Map<String, VersionedValue> update) {
        return mergeAll(current, List.of(update));
    }

    /** Merges several updates (e.g. one per source) into {@code current}; no argument is changed. */
    public static Result mergeAll(Map<String, VersionedValue> current,
            Collection<? extends Map<String, VersionedValue>> updates) {
        Map<String, VersionedValue> merged = new HashMap<>(current);
        for (Map<String, VersionedValue> update : updates) {
            update.forEach((field, candidate) -> {
                Objects.requireNonNull(candidate, field);
                merged.merge(field, candidate, (kept, incoming) -> incoming.supersedes(kept) ? incoming : kept);
            });
        }
        TreeSet<String> changed = new TreeSet<>();
        merged.forEach((field, value) -> {
            VersionedValue before = current.get(field);
            if (before == null || !JsonDiff.equivalent(before.value(), value.value())) {
                changed.add(field);
            }
        });
        return new Result(merged, List.copyOf(changed));
    }
}
