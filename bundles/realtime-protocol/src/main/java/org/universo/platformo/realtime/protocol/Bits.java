package org.universo.platformo.realtime.protocol;

/**
 * Bit-packed integers for deltas. Unsigned values use a prefix code by size: {@code 0}+4 bits, {@code 10}+8,
 * {@code 110}+12, {@code 1110}+16, {@code 1111}+32; signed values are zigzag-mapped first.
 */
final class Bits {
    private static final int[] WIDTHS = {4, 8, 12, 16};

    private Bits() {
    }

    static final class Writer {
        private final Out out;
        private long acc;
        private int n;

        Writer(Out out) {
            this.out = out;
        }

        void bits(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                acc = acc << 1 | (value >>> i & 1);
                if (++n == 8) {
                    out.u8((int) acc);
                    acc = 0;
                    n = 0;
                }
            }
        }

        void unsigned(long v) {
            for (int k = 0; k < WIDTHS.length; k++) {
                if (v < 1L << WIDTHS[k]) {
                    bits((1L << k + 1) - 2, k + 1);
                    bits(v, WIDTHS[k]);
                    return;
                }
            }
            bits(0b1111, 4);
            bits(v, 32);
        }

        void signed(int v) {
            unsigned(Integer.toUnsignedLong(v << 1 ^ v >> 31));
        }

        void flush() {
            if (n > 0) {
                out.u8((int) (acc << 8 - n));
                acc = 0;
                n = 0;
            }
        }
    }

    static final class Reader {
        private final In in;
        private int current;
        private int left;

        Reader(In in) {
            this.in = in;
        }

        long bits(int count) {
            long v = 0;
            for (int i = 0; i < count; i++) {
                if (left == 0) {
                    current = in.u8();
                    left = 8;
                }
                v = v << 1 | current >>> --left & 1;
            }
            return v;
        }

        long unsigned() {
            int k = 0;
            while (k < 4 && bits(1) == 1) {
                k++;
            }
            return bits(k < 4 ? WIDTHS[k] : 32);
        }

        int signed() {
            int z = (int) unsigned();
            return z >>> 1 ^ -(z & 1);
        }
    }
}
