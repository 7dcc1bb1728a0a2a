package org.universo.platformo.auth.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Argon2id PHC hashes; small cost parameters keep all but one test fast. */
class PasswordHasherTest {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private final PasswordHasher fast = new PasswordHasher(1024, 1, 1);

    @Test
    void hashVerifiesAgainstTheSamePasswordOnly() {
        String h = fast.hash("correct horse battery staple".toCharArray());
        assertTrue(fast.verify("correct horse battery staple".toCharArray(), h));
        assertFalse(fast.verify("correct horse battery stapl".toCharArray(), h));
        assertFalse(fast.verify("Correct horse battery staple".toCharArray(), h));
        assertFalse(fast.verify(new char[0], h));
    }

    @Test
    void phcStringCarriesParametersAndSixteenByteSaltAndThirtyTwoByteHash() {
        Matcher m = PHC.matcher(fast.hash("pw".toCharArray()));
        assertTrue(m.matches());
        assertEquals("1024", m.group(1));
        assertEquals("1", m.group(2));
        assertEquals("1", m.group(3));
        assertFalse(m.group(4).contains("="), "no padding");
        assertEquals(16, Base64.getDecoder().decode(m.group(4)).length);
        assertEquals(32, Base64.getDecoder().decode(m.group(5)).length);
    }

    @Test
    void samePasswordHashesDifferentlyBecauseOfTheSalt() {
        String a = fast.hash("same".toCharArray());
        String b = fast.hash("same".toCharArray());
        assertNotEquals(a, b);
        assertTrue(fast.verify("same".toCharArray(), a));
        assertTrue(fast.verify("same".toCharArray(), b));
    }

    @Test
    void nonAsciiPasswordsRoundTrip() {
        String h = fast.hash("пароль-密码-🔑".toCharArray());
        assertTrue(fast.verify("пароль-密码-🔑".toCharArray(), h));
        assertFalse(fast.verify("пароль-密码-".toCharArray(), h));
    }

    @Test
    void parametersAreReadFromTheStoredString() {
        String old = new PasswordHasher(1024, 1, 1).hash("pw".toCharArray());
        PasswordHasher reconfigured = new PasswordHasher(2048, 2, 2);
        assertTrue(reconfigured.verify("pw".toCharArray(), old));
        assertFalse(reconfigured.verify("other".toCharArray(), old));
        // Changing a stored parameter changes the derived key, so the hash no longer matches.
        assertFalse(reconfigured.verify("pw".toCharArray(), old.replace("m=1024,t=1", "m=1024,t=2")));
    }

    @Test
    void needsRehashWhenParametersDifferOrHashIsUnreadable() {
        String h = fast.hash("pw".toCharArray());
        assertFalse(fast.needsRehash(h));
        assertTrue(new PasswordHasher(2048, 1, 1).needsRehash(h));
        assertTrue(new PasswordHasher(1024, 2, 1).needsRehash(h));
        assertTrue(new PasswordHasher(1024, 1, 2).needsRehash(h));
        assertTrue(fast.needsRehash("$2a$10$abcdefghijklmnopqrstuv"));
        assertTrue(fast.needsRehash(null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "garbage", "$argon2id$", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=16$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1024,t=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1024,t=1,p=1$not*base64!!!!!!!!$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$",
            "$argon2id$v=19$m=1,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1024,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=99999999999,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA"})
    void malformedHashesAreFalseNotExceptions(String phc) {
        assertFalse(fast.verify("pw".toCharArray(), phc));
    }

    @Test
    void overlongPasswordsAreRejected() {
        char[] limit = new char[1024];
        Arrays.fill(limit, 'a');
        assertTrue(fast.verify(limit, fast.hash(limit)));
        char[] tooLong = new char[1025];
        Arrays.fill(tooLong, 'a');
        assertThrows(IllegalArgumentException.class, () -> fast.hash(tooLong));
        assertFalse(fast.verify(tooLong, fast.hash(limit)), "verify refuses rather than hashing a huge input");
    }

    @Test
    void owaspDefaultsHashAndVerify() {
        PasswordHasher defaults = new PasswordHasher(19456, 2, 1);
        String h = defaults.hash("pw".toCharArray());
        assertTrue(h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), h);
        assertTrue(defaults.verify("pw".toCharArray(), h));
        assertFalse(defaults.verify("pW".toCharArray(), h));
        assertFalse(defaults.needsRehash(h));
    }
}
