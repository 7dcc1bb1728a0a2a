package org.universo.platformo.auth.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format. Parameters are read back from each stored hash, so
 * hashes made with older settings still verify after the settings change.
 */
public final class PasswordHasher {
    /** OWASP's recommended minimum for Argon2id (m=19 MiB, t=2, p=1). */
    public static final int DEFAULT_MEMORY_KIB = 19456;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    /** Longer inputs are refused: hashing cost grows with length and nobody types a 1 KiB password. */
    public static final int MAX_PASSWORD_CHARS = 1024;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final PhcHash.Params params;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.params = new PhcHash.Params(memoryKib, iterations, parallelism);
        if (!params.withinLimits()) {
            throw new IllegalArgumentException("Argon2 parameters out of range: " + params);
        }
    }

    public String hash(char[] password) {
        if (password == null || password.length > MAX_PASSWORD_CHARS) {
            throw new IllegalArgumentException("Password must be at most " + MAX_PASSWORD_CHARS + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, params, HASH_BYTES);
        return new PhcHash(params, salt, out).format();
    }

    /** False for a wrong password, an over-long password or a malformed hash; never throws for bad stored data. */
    public boolean verify(char[] password, String phc) {
        if (password == null || password.length > MAX_PASSWORD_CHARS) {
            return false;
        }
        PhcHash stored = PhcHash.parse(phc);
        if (stored == null) {
            return false;
        }
        try {
            byte[] actual = derive(password, stored.salt(), stored.params(), stored.hash().length);
            boolean same = MessageDigest.isEqual(stored.hash(), actual);
            Arrays.fill(actual, (byte) 0);
            return same;
        } catch (RuntimeException e) {
            // BouncyCastle rejects some parameter combinations we cannot foresee; a bad hash is simply no match.
            return false;
        }
    }

    /** True when the stored hash is unreadable or was made with other settings than this hasher's. */
    public boolean needsRehash(String phc) {
        PhcHash stored = PhcHash.parse(phc);
        return stored == null || !stored.params().equals(params) || stored.hash().length != HASH_BYTES
                || stored.salt().length < SALT_BYTES;
    }

    private static byte[] derive(char[] password, byte[] salt, PhcHash.Params p, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations()).withParallelism(p.parallelism()).withSalt(salt).build());
        byte[] secret = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    // Encodes without an intermediate String so the plaintext can be wiped rather than left to the GC.
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
