package org.universo.platformo.utils.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeSyncTest {

    @Test
    void emptyStateIsNeutral() {
        TimeSync sync = new TimeSync();
        assertEquals(0, sync.sampleCount());
        assertEquals(0, sync.offset());
        assertEquals(0, sync.rtt());
        assertEquals(0.0, sync.jitter());
        assertEquals(123_456L, sync.serverTimeAt(123_456L));
        assertEquals(TimeSync.DEFAULT_WINDOW, sync.window());
    }

    @Test
    void singleExactSample() {
        TimeSync sync = new TimeSync();
        assertTrue(sync.addSample(1_000, 6_050, 1_100));
        assertEquals(100, sync.rtt());
        assertEquals(5_000, sync.offset());
        assertEquals(0.0, sync.jitter());
        assertEquals(7_000, sync.serverTimeAt(2_000));
    }

    @Test
    void negativeOffsetAndZeroRtt() {
        TimeSync sync = new TimeSync();
        assertTrue(sync.addSample(10_000, 2_000, 10_000));
        assertEquals(-8_000, sync.offset());
        assertEquals(0, sync.rtt());
    }

    @Test
    void recoversKnownOffsetDespiteAsymmetricQueuing() {
        long trueOffset = 12_345;
        Random random = new Random(99);
        TimeSync sync = new TimeSync(32);
        double naiveSum = 0;
        long clock = 1_000_000;
        for (int i = 0; i < 32; i++) {
            long up = 20 + random.nextInt(3);
            // half of the pongs are stuck in a queue on the way back
            long down = 20 + random.nextInt(3) + (random.nextBoolean() ? 40 + random.nextInt(160) : 0);
            long t0 = clock;
            long tServer = t0 + up + trueOffset;
            long t1 = t0 + up + down;
            assertTrue(sync.addSample(t0, tServer, t1));
            naiveSum += tServer - (t0 + t1) / 2.0;
            clock += 1_000;
        }
        assertTrue(Math.abs(sync.offset() - trueOffset) <= 3, "offset " + sync.offset());
        // the naive mean is visibly wrong, so the test above is meaningful
        assertTrue(Math.abs(naiveSum / 32 - trueOffset) > 20, "naive " + naiveSum / 32);
        assertTrue(sync.jitter() > 10, "jitter " + sync.jitter());
        assertEquals(clock + trueOffset, sync.serverTimeAt(clock), 3);
    }

    @Test
    void windowKeepsOnlyRecentSamples() {
        TimeSync sync = new TimeSync(4);
        for (int i = 0; i < 10; i++) {
            sync.addSample(i * 100, i * 100 + 1_000 + 5, i * 100 + 10);
        }
        assertEquals(4, sync.sampleCount());
        for (int i = 0; i < 4; i++) {
            sync.addSample(i * 100, i * 100 + 2_000 + 5, i * 100 + 10);
        }
        assertEquals(4, sync.sampleCount());
        assertEquals(2_000, sync.offset());
    }

    @Test
    void badSampleIsRejected() {
        TimeSync sync = new TimeSync();
        sync.addSample(0, 500, 100);
        assertFalse(sync.addSample(200, 9_999, 150));
        assertEquals(1, sync.sampleCount());
        assertEquals(450, sync.offset());
    }

    @Test
    void rttIsMedianAndJitterIsMeanAbsoluteDeviation() {
        TimeSync sync = new TimeSync();
        sync.addSample(0, 0, 10);
        sync.addSample(0, 0, 20);
        sync.addSample(0, 0, 60);
        assertEquals(20, sync.rtt());
        assertEquals((20 + 10 + 30) / 3.0, sync.jitter(), 1e-9);
        sync.addSample(0, 0, 30);
        assertEquals(25, sync.rtt());
    }

    @Test
    void bestHalfByRttDecidesTheOffset() {
        TimeSync sync = new TimeSync();
        sync.addSample(0, 105, 10);   // rtt 10, offset 100
        sync.addSample(0, 106, 12);   // rtt 12, offset 100
        sync.addSample(0, 500, 200);  // rtt 200, offset 400
        sync.addSample(0, 600, 300);  // rtt 300, offset 450
        assertEquals(100, sync.offset());
    }

    @Test
    void resetAndInvalidWindow() {
        TimeSync sync = new TimeSync(1);
        sync.addSample(0, 50, 10);
        sync.reset();
        assertEquals(0, sync.sampleCount());
        assertEquals(0, sync.offset());
        assertThrows(IllegalArgumentException.class, () -> new TimeSync(0));
    }
}
