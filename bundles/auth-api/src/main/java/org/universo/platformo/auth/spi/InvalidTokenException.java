package org.universo.platformo.auth.spi;

/** The token is not acceptable; the message is safe to show (it never contains the token). */
public class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean expired;

    public InvalidTokenException(String message, boolean expired) {
        super(message);
        this.expired = expired;
    }

    public boolean isExpired() {
        return expired;
    }
}
