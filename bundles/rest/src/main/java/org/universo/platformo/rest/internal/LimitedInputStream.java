package org.universo.platformo.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read and fails with {@link BodyTooLargeException} once the limit is passed. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }

    /** The body passed the limit while being read. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        BodyTooLargeException(long limit) {
            super("Request body is over the limit of " + limit + " bytes");
            this.limit = limit;
        }
    }
}
