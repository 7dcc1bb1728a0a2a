package org.universo.platformo.auth.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** Opaque refresh tokens: 256 random bits handed to the client; the database only ever holds their SHA-256. */
public final class RefreshTokens {
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final byte[] rotationKey;

    /** @param rotationKey secret of {@link #successor}; every node of one installation must use the same */
    public RefreshTokens(byte[] rotationKey) {
        this.rotationKey = rotationKey.clone();
    }

    /** A fresh token, base64url without padding (43 characters). */
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The token that replaces {@code token} when it is rotated at {@code rotatedAtMillis}: a keyed hash, so that
     * racing refreshes of one token (two tabs, two nodes) get one successor instead of each minting a live branch.
     */
    public String successor(String token, long rotatedAtMillis) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(rotationKey, "HmacSHA256"));
            mac.update(token.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(Long.toString(rotatedAtMillis).getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime must provide HmacSHA256", e);
        }
    }

    /**
     * Lower-case hex SHA-256. A plain hash suffices (no salt or stretching) because the input already has 256
     * bits of entropy; it makes a stolen table useless while keeping lookup by hash possible.
     */
    public String hash(String token) {
        Objects.requireNonNull(token, "token");
        return HexFormat.of().formatHex(sha256().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the token hashes to the stored value, compared in constant time. */
    public boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
        }
    }
}
