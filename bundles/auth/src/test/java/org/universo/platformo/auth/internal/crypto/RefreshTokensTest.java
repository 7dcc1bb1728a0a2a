package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Refresh tokens are 256 random bits, and only their SHA-256 is meant to be stored. */
class RefreshTokensTest {
    private final RefreshTokens refresh = new RefreshTokens(new byte[32]);

    @Test
    void tokensAreUrlSafe32ByteValuesWithoutPadding() {
        String t = refresh.newToken();
        assertEquals(43, t.length());
        assertTrue(t.matches("[A-Za-z0-9_-]+"), t);
        assertEquals(32, Base64.getUrlDecoder().decode(t).length);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(refresh.newToken()));
        }
    }

    @Test
    void hashIsLowerCaseHexSha256() {
        // Known answer: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", refresh.hash("abc"));
        String t = refresh.newToken();
        assertEquals(refresh.hash(t), new RefreshTokens(new byte[32]).hash(t), "stable across instances");
        assertNotEquals(refresh.hash(t), refresh.hash(refresh.newToken()));
        assertTrue(refresh.hash(t).matches("[0-9a-f]{64}"));
    }

    @Test
    void matchesComparesAgainstTheStoredHash() {
        String t = refresh.newToken();
        String stored = refresh.hash(t);
        assertTrue(refresh.matches(t, stored));
        assertFalse(refresh.matches(refresh.newToken(), stored));
        assertFalse(refresh.matches(t, stored.substring(1)));
        assertFalse(refresh.matches(null, stored));
        assertFalse(refresh.matches(t, null));
    }

    @org.junit.jupiter.api.Test
    void aSuccessorDependsOnTheTokenTheRotationTimeAndTheKey() {
        String t = refresh.newToken();
        assertEquals(refresh.successor(t, 1000), refresh.successor(t, 1000));
        org.junit.jupiter.api.Assertions.assertNotEquals(refresh.successor(t, 1000), refresh.successor(t, 1001));
        org.junit.jupiter.api.Assertions.assertNotEquals(refresh.successor(t, 1000), refresh.successor(t + "x", 1000));
        org.junit.jupiter.api.Assertions.assertNotEquals(refresh.successor(t, 1000),
                new RefreshTokens(new byte[] {1}).successor(t, 1000));
        assertEquals(43, refresh.successor(t, 1000).length(), "as long as a fresh token");
    }
}
