package org.universo.platformo.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {
    private static String check(String password) {
        return PasswordRules.problem(password, "anna.k@example.org", 8);
    }

    @Test
    void commonShortAndPersonalPasswordsAreRefusedWithAReason() {
        assertEquals("must be at least 8 characters", check("abc1234"));
        assertEquals("must be at least 8 characters", check("🚀🚀🚀🚀🚀🚀🚀"), "counted in characters, not UTF-16 units");
        assertEquals("is one of the most common passwords", check("Password1"));
        assertEquals("is one of the most common passwords", check("QWERTY123"));
        assertEquals("is one of the most common passwords", check("йцукенгш"));
        assertEquals("must not be the email address or its name", check("anna.k@example.org"));
        assertEquals("must not be the email address or its name", check("anna.k123"));
        assertEquals("must use at least 4 different characters", check("abababababab"));
    }

    @Test
    void reasonablePasswordsPass() {
        assertNull(check("correct horse 1"));
        assertNull(check("anna.k and the long road"), "the name inside a long phrase is fine");
        assertNull(check("🚀 to the moon 🚀"));
    }
}
