package org.universo.platformo.auth.internal.crypto;

import java.util.Objects;

/** A token was refused. The message is safe to show a client: it names the reason, never the token's contents. */
public final class TokenException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a token was refused. */
    public enum Reason {
        /** Not a JWT, a claim has the wrong type, or the token is not valid yet (iat/nbf in the future). */
        MALFORMED,
        /** The signature does not match, no configured key fits, or the signing keys could not be fetched. */
        BAD_SIGNATURE,
        EXPIRED,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        /** alg none, an encrypted token, or a JWS algorithm for which no key is configured. */
        UNSUPPORTED_ALGORITHM,
        /** A required claim (sub, exp, or sid for our own tokens) is absent or blank. */
        MISSING_CLAIM,
        /** The verifier has no keys at all. */
        NOT_CONFIGURED
    }

    private final Reason reason;

    public TokenException(Reason reason, String message) {
        // No cause is kept: library exceptions may quote header or claim values, which could reach a log or client.
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
