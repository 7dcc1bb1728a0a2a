package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A transfer ticket seats its player in its world once, before it expires; the clock is the test's. */
class TransferTicketsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final TransferTickets tickets = new TransferTickets(now::get, 30_000);

    @Test
    void aTicketSeatsItsPlayerInItsWorldOnce() {
        String t = tickets.issue("alice", "ship-1", "vega");
        assertNotEquals(t, tickets.issue("alice", "ship-1", "vega"), "every ticket its own");
        assertFalse(tickets.redeem(t, "bob", "vega").isPresent(), "not bob's");
        assertFalse(tickets.redeem(t, "alice", "sol").isPresent(), "not for another world");
        assertEquals("ship-1", tickets.redeem(t, "alice", "vega").orElseThrow().entityId(),
                "still alice's after others tried it");
        assertFalse(tickets.redeem(t, "alice", "vega").isPresent(), "used");
        assertFalse(tickets.redeem(null, "alice", "vega").isPresent());
        assertFalse(tickets.redeem("made-up", "alice", "vega").isPresent());
    }

    @Test
    void aTicketExpiresAndExpiredOnesAreDropped() {
        String t = tickets.issue("alice", "ship-1", "vega");
        now.addAndGet(29_999);
        String u = tickets.issue("carol", "ship-2", "vega");
        assertTrue(tickets.redeem(t, "alice", "vega").isPresent(), "within 30 s");
        now.addAndGet(30_000);
        assertFalse(tickets.redeem(u, "carol", "vega").isPresent(), "expired");
        tickets.issue("dave", "ship-3", "vega");
        tickets.issue("erin", "ship-4", "vega");
        now.addAndGet(30_001);
        tickets.issue("frank", "ship-5", "vega");
        assertEquals(1, tickets.size(), "expired tickets leave when the next is issued");
    }
}
