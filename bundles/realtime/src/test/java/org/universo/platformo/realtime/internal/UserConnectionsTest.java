package org.universo.platformo.realtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserConnectionsTest {
    @Test
    void aUserHoldsAtMostTheLimitAndAClosedOneFreesItsPlace() {
        UserConnections c = new UserConnections(2);
        assertTrue(c.acquire("ann"));
        assertTrue(c.acquire("ann"));
        assertFalse(c.acquire("ann"), "the third is refused");
        assertEquals(2, c.open("ann"), "a refusal counts nothing");
        assertTrue(c.acquire("bob"), "other users are not affected");
        c.release("ann");
        assertTrue(c.acquire("ann"));
        c.release("ann");
        c.release("ann");
        c.release("ann");
        assertEquals(0, c.open("ann"), "never below zero");
    }

    @Test
    void aRevokedSessionClosesItsLinksOnly() {
        UserConnections c = new UserConnections(3);
        java.util.List<String> closed = new java.util.ArrayList<>();
        Link a1 = link("a1", closed);
        Link a2 = link("a2", closed);
        Link b1 = link("b1", closed);
        c.track("sa", a1);
        c.track("sa", a2);
        c.track("sb", b1);
        c.untrack("sa", a2);
        assertEquals(1, c.closeSession("sa"));
        assertEquals(java.util.List.of("a1:4001:session_revoked"), closed);
        assertEquals(0, c.closeSession("sa"), "once");
        assertEquals(0, c.closeSession("none"));
    }

    private static Link link(String name, java.util.List<String> closed) {
        return new Link() {
            @Override
            public boolean binary() {
                return true;
            }

            @Override
            public void send(java.nio.ByteBuffer frame, Runnable done) {
                done.run();
            }

            @Override
            public void send(String text, Runnable done) {
                done.run();
            }

            @Override
            public void close(int code, String reason) {
                closed.add(name + ":" + code + ":" + reason);
            }
        };
    }
}
