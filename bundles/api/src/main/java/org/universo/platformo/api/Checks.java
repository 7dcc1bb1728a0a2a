package org.universo.platformo.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Invariant checks for the constructors of contract records, here and in bundles that define records of their own.
 * Every violation is an {@link IllegalArgumentException}, including a missing required value, so callers
 * (and Jackson, which wraps it) see one failure type for "this value breaks the contract".
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

    public static String nonBlank(String value, String name) {
        if (present(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Optional strings may be absent, but an empty string is never a meaningful value on the wire. */
    public static String optionalNonBlank(String value, String name) {
        return value == null ? null : nonBlank(value, name);
    }

    public static String matches(String value, Pattern pattern, String name) {
        if (!pattern.matcher(present(value, name)).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern.pattern() + ": " + value);
        }
        return value;
    }

    /** JSON has no NaN or infinity, so such a value could never be serialized into a valid document. */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    public static double within(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
        return value;
    }

    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0: " + value);
        }
        return value;
    }

    /** Copies keep insertion order and allow null values, which JSON objects may legitimately carry. */
    public static <V> Map<String, V> mapCopy(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static <T> List<T> listCopy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** For members a record always carries, so that readers never have to tell a missing one from an empty one. */
    public static <V> Map<String, V> mapOrEmpty(Map<String, V> map) {
        return map == null ? Map.of() : mapCopy(map);
    }

    public static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
