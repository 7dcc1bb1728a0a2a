package org.universo.platformo.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.security.GeneralSecurityException;
import javax.persistence.PersistenceException;
import org.universo.platformo.auth.internal.crypto.KeyFile;
import org.universo.platformo.auth.internal.store.SigningKeyEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * The generated access-token secret: created by the first node to start, then read by all; kept in the database
 * sealed with the key file ({@link KeyFile}). A value stored before sealing is sealed on the next start.
 */
final class SigningKeys {
    private static final String ID = "access-token-hs256";

    private SigningKeys() {
    }

    static byte[] generatedSecret(JpaUnit unit, KeyFile keys) {
        SigningKeyEntity existing = unit.read(em -> em.find(SigningKeyEntity.class, ID));
        if (existing == null) {
            byte[] b = new byte[48];
            new SecureRandom().nextBytes(b);
            try {
                unit.txRun(em -> {
                    SigningKeyEntity k = new SigningKeyEntity();
                    k.id = ID;
                    k.secret = keys.seal(Base64.getEncoder().encodeToString(b));
                    k.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    em.persist(k);
                });
            } catch (PersistenceException e) {
                // another node created it at the same moment: use theirs
            }
            existing = unit.read(em -> em.find(SigningKeyEntity.class, ID));
        }
        String stored = existing.secret;
        if (!KeyFile.isSealed(stored)) {
            unit.txRun(em -> em.find(SigningKeyEntity.class, ID).secret = keys.seal(stored));
            return stored.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return keys.open(stored).getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing secret in auth.signing_keys was sealed with another key "
                    + "file than " + keys.path() + ": copy the key file of the node that created it (every node on one "
                    + "database needs the same file), or configure jwt.secret");
        }
    }

    /** A key for another purpose derived from the signing secret (HMAC of the label), never the secret itself. */
    static byte[] derived(byte[] secret, String label) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime must provide HmacSHA256", e);
        }
    }
}
