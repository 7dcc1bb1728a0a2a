package org.universo.platformo.realtime.protocol;

/** A frame that cannot be decoded: truncated, an unknown message type, a value out of range, unknown base state. */
public final class MalformedFrameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message) {
        super(message);
    }
}
