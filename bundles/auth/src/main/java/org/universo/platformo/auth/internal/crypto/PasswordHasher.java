package org.universo.platformo.auth.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format. Parameters are read back from each stored hash, so
 * hashes made with older settings still verify after the settings change.
 */
public final class PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final int MAX_PASSWORD = 1024;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    public String hash(char[] password) {
        check(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, memoryKib, iterations, parallelism, 32);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** False for a wrong password or a malformed hash; never throws for bad stored data. */
    public boolean verify(char[] password, String phc) {
        if (password == null || password.length > MAX_PASSWORD || phc == null) {
            return false;
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return false;
        }
        try {
            int mem = Integer.parseInt(m.group(1));
            int t = Integer.parseInt(m.group(2));
            int p = Integer.parseInt(m.group(3));
            byte[] salt = Base64.getDecoder().decode(m.group(4));
            byte[] expected = Base64.getDecoder().decode(m.group(5));
            // stored hashes are ours, but a tampered row must not make one sign-in allocate gigabytes
            if (mem < 8 * p || t < 1 || t > 16 || p < 1 || mem > 1_048_576) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, mem, t, p, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean needsRehash(String phc) {
        Matcher m = phc == null ? null : PHC.matcher(phc);
        return m == null || !m.matches() || Integer.parseInt(m.group(1)) != memoryKib
                || Integer.parseInt(m.group(2)) != iterations || Integer.parseInt(m.group(3)) != parallelism;
    }

    private static void check(char[] password) {
        if (password == null || password.length > MAX_PASSWORD) {
            throw new IllegalArgumentException("Password must be at most " + MAX_PASSWORD + " characters");
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int mem, int t, int p, int len) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(mem).withIterations(t).withParallelism(p).withSalt(salt).build());
        byte[] out = new byte[len];
        // encode without an intermediate String so the plaintext bytes can be wiped afterwards
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            gen.generateBytes(bytes, out);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                java.util.Arrays.fill(encoded.array(), (byte) 0);
            }
        }
        return out;
    }
}
