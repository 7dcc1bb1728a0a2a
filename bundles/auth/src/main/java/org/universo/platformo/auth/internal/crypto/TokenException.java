package org.universo.platformo.auth.internal.crypto;

/** A token was refused; the message is safe to return to a client (it never quotes the token). */
public final class TokenException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a token was refused. */
    public enum Reason {
        MALFORMED, BAD_SIGNATURE, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE, UNSUPPORTED_ALGORITHM, MISSING_CLAIM,
        NOT_CONFIGURED
    }

    private final Reason reason;

    public TokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
