package org.universo.platformo.utils.delta;

/** A patch that cannot be parsed or applied, e.g. because a path does not exist in the target. */
public class PatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PatchException(String message) {
        super(message);
    }
}
