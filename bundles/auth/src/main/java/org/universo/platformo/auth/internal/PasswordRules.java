package org.universo.platformo.auth.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (the NIST SP 800-63B rules rather than composition rules): long enough, counted in
 * characters; not one of the passwords every guessing list starts with; not the account's own email or its name;
 * not one character or a short pattern repeated.
 */
final class PasswordRules {
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Why {@code password} is refused for the account {@code email}, or null when it is acceptable. */
    static String problem(String password, String email, int minLength) {
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            return "must be at least " + minLength + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.strip())) {
            return "is one of the most common passwords";
        }
        String name = email.substring(0, Math.max(0, email.indexOf('@')));
        if (lower.equals(email) || lower.equals(name) || name.length() >= 4 && lower.contains(name)
                && length - name.length() < 4) {
            return "must not be the email address or its name";
        }
        if (password.codePoints().distinct().count() < 4) {
            return "must use at least 4 different characters";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/UNIVERSO-INF/auth/common-passwords.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
