package org.universo.platformo.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.persistence.PersistenceException;
import org.universo.platformo.auth.internal.store.SigningKeyEntity;
import org.universo.platformo.persistence.JpaUnit;

/** The generated access-token secret: created by the first node to start, then read by all. */
final class SigningKeys {
    private static final String ID = "access-token-hs256";

    private SigningKeys() {
    }

    static byte[] generatedSecret(JpaUnit unit) {
        SigningKeyEntity existing = unit.read(em -> em.find(SigningKeyEntity.class, ID));
        if (existing == null) {
            byte[] b = new byte[48];
            new SecureRandom().nextBytes(b);
            try {
                unit.txRun(em -> {
                    SigningKeyEntity k = new SigningKeyEntity();
                    k.id = ID;
                    k.secret = Base64.getEncoder().encodeToString(b);
                    k.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    em.persist(k);
                });
            } catch (PersistenceException e) {
                // another node created it at the same moment: use theirs
            }
            existing = unit.read(em -> em.find(SigningKeyEntity.class, ID));
        }
        return existing.secret.getBytes(StandardCharsets.UTF_8);
    }
}
