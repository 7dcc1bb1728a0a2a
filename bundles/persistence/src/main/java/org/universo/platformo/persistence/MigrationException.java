package org.universo.platformo.persistence;

/** A migration could not be applied, or an applied one was changed after the fact. */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
