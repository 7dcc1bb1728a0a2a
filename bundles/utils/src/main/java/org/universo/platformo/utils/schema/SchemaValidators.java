package org.universo.platformo.utils.schema;

import org.universo.platformo.utils.internal.NetworkntSchemaValidator;

/** Creates a {@link SchemaValidator} without OSGi, e.g. for plain Java code and unit tests. */
public final class SchemaValidators {

    private SchemaValidators() {
    }

    /** Returns a new validator with its own schema cache; it is the same implementation as the service. */
    public static SchemaValidator create() {
        return new NetworkntSchemaValidator();
    }
}
