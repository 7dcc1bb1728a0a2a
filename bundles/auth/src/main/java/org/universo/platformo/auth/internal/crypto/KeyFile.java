package org.universo.platformo.auth.internal.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets the platform keeps in its database are sealed with a key that is not in the database: a 256-bit AES key
 * in a file only the server's user can read, created on first use. A copy of the database alone (a backup, a
 * replica, a dump) then does not give away the secret that signs access tokens. Every node on one database needs
 * the same file.
 */
public final class KeyFile {
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;

    private final Path path;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private KeyFile(Path path, byte[] key) {
        this.path = path;
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Reads the key at {@code path}, creating it (mode 600 where the file system has modes) when it is missing. */
    public static KeyFile open(Path path) throws IOException {
        if (!Files.exists(path)) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(path.toAbsolutePath().getParent());
            try {
                Files.write(path, (Base64.getEncoder().encodeToString(fresh) + "\n").getBytes(StandardCharsets.US_ASCII),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: its own access rules apply
                }
            } catch (FileAlreadyExistsException e) {
                // another component created it at the same moment: read theirs
            }
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            throw new IOException("Key file " + path + " is not a base64 key", e);
        }
        if (key.length != 32) {
            throw new IOException("Key file " + path + " must hold 32 bytes, base64; it holds " + key.length);
        }
        return new KeyFile(path, key);
    }

    public Path path() {
        return path;
    }

    /** Whether {@code stored} was sealed by some key file (as opposed to a value from before sealing). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, all, 0, IV_BYTES);
            System.arraycopy(sealed, 0, all, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime must provide AES/GCM", e);
        }
    }

    /** The plain value; fails when {@code sealed} was sealed with another key file. */
    public String open(String sealed) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
        return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    }
}
