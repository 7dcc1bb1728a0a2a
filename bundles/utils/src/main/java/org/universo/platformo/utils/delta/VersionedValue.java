package org.universo.platformo.utils.delta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Objects;

/**
 * The value of one component field together with the version and source that wrote it.
 *
 * @param value    the field value, copied on creation and to be treated as read-only; JSON null
 *                 is a value like any other (use it to clear a field)
 * @param version  per-field version; higher wins
 * @param sourceId who wrote it, e.g. {@code "tick"} or {@code "db"}; breaks ties between equal versions
 */
public record VersionedValue(JsonNode value, long version, String sourceId) {

    /**
     * The order {@link StateMerger} keeps the greatest of: version, then source id, then the
     * value's JSON text. The last key only matters when one source reuses a version for two
     * values (a bug on its side) and keeps the merge independent of arrival order.
     */
    public static final Comparator<VersionedValue> PRECEDENCE = Comparator
            .comparingLong(VersionedValue::version)
            .thenComparing(VersionedValue::sourceId)
            .thenComparing(v -> v.value.toString());

    public VersionedValue {
        // Copied so a caller keeping the node cannot change merged state behind our back.
        value = JsonDiff.orNull(value).deepCopy();
        Objects.requireNonNull(sourceId, "sourceId");
    }

    /** Whether this value would replace {@code other} when merged. */
    public boolean supersedes(VersionedValue other) {
        return PRECEDENCE.compare(this, other) > 0;
    }
}
