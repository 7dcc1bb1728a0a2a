package org.universo.platformo.utils.schema;

import java.util.Objects;

/**
 * One reason why a JSON document does not satisfy a schema.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending instance location, {@code ""} for the root
 * @param keyword the schema keyword that failed, e.g. {@code type}, {@code required}, {@code $ref}
 * @param message human readable English explanation, without the location prefix
 */
public record Violation(String pointer, String keyword, String message) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(root)" : pointer) + " [" + keyword + "]: " + message;
    }
}
