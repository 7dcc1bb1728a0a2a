package org.universo.platformo.updl.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invariant checks of the UPDL records. Records only refuse what cannot be represented at all (a missing id,
 * a non-finite number); everything a creator can get wrong is left to the validator, which reports it.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static <T> List<T> optionalList(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** JSON objects may carry null members, which {@code Map.copyOf} would refuse; insertion order is kept. */
    public static Map<String, Object> map(Map<String, Object> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static Map<String, Object> optionalMap(Map<String, Object> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
