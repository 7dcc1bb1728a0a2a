package org.universo.platformo.realtime.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the protocol's primitives (LEB128 varints, zigzag, length-prefixed UTF-8). */
public final class Out {
    private byte[] buf;
    private int size;

    public Out(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void u8(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
    }

    void u16(int v) {
        u8(v >>> 8);
        u8(v);
    }

    void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            u8((int) (v & 0x7F | 0x80));
            v >>>= 7;
        }
        u8((int) v);
    }

    void zigzag(long v) {
        varint(v << 1 ^ v >> 63);
    }

    void text(String s) {
        if (s == null) {
            varint(0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length + 1L);
        for (byte x : b) {
            u8(x);
        }
    }

    void bytes(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            u8(b[i]);
        }
    }

    public int size() {
        return size;
    }

    byte[] raw() {
        return buf;
    }

    public ByteBuffer toBuffer() {
        return ByteBuffer.wrap(Arrays.copyOf(buf, size));
    }

    public void reset() {
        size = 0;
    }
}
