package org.universo.platformo.ecs.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A component type: its name, what it is for, and its JSON Schema 2020-12 file, found under
 * {@code UNIVERSO-INF/schemas/} through {@code schemaLoader} (normally the providing bundle's class loader).
 */
public record ComponentType(String type, String description, String schemaPath, ClassLoader schemaLoader) {
    /** Names like {@code Transform} or, namespaced by a domain, {@code mmoomm.Cargo}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    public ComponentType {
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("Component type names match " + NAME + ": " + type);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(schemaPath, "schemaPath");
        Objects.requireNonNull(schemaLoader, "schemaLoader");
    }
}
