package org.universo.platformo.utils.internal;

import java.io.IOException;

/**
 * Raised by {@link LocalSchemaLoader} when a schema may not or cannot be loaded. It is an
 * {@link IOException} because networknt only wraps I/O failures of a schema source; the type
 * lets us find our own readable message again in networknt's exception chain.
 */
final class SchemaAccessException extends IOException {

    private static final long serialVersionUID = 1L;

    SchemaAccessException(String message) {
        super(message);
    }
}
