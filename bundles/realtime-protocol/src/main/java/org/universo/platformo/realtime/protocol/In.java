package org.universo.platformo.realtime.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads what {@link Out} wrote; any overrun or bad length is a {@link MalformedFrameException}. */
final class In {
    private final ByteBuffer b;

    In(ByteBuffer b) {
        this.b = b;
    }

    boolean more() {
        return b.hasRemaining();
    }

    int u8() {
        if (!b.hasRemaining()) {
            throw new MalformedFrameException("frame ends too early");
        }
        return b.get() & 0xFF;
    }

    int u16() {
        return u8() << 8 | u8();
    }

    long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int x = u8();
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw new MalformedFrameException("varint too long");
    }

    int count(int max) {
        long n = varint();
        if (n > max) {
            throw new MalformedFrameException("count " + n + " above " + max);
        }
        return (int) n;
    }

    long zigzag() {
        long z = varint();
        return z >>> 1 ^ -(z & 1);
    }

    int int32() {
        long v = zigzag();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new MalformedFrameException("value out of range");
        }
        return (int) v;
    }

    String text(int maxBytes) {
        long n = varint();
        if (n == 0) {
            return null;
        }
        if (n - 1 > maxBytes || n - 1 > b.remaining()) {
            throw new MalformedFrameException("text of " + (n - 1) + " bytes does not fit");
        }
        byte[] out = new byte[(int) (n - 1)];
        b.get(out);
        return new String(out, StandardCharsets.UTF_8);
    }
}
