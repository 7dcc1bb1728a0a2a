package org.universo.platformo.publish.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.PreviewLink;
import org.universo.platformo.publish.internal.store.PreviewTokenEntity;
import org.universo.platformo.publish.internal.store.ProjectEntity;

/** Expiring preview links: 256 random bits in the link, only their SHA-256 stored. */
final class Previews {
    static final int DEFAULT_TTL_SECONDS = 86_400;
    private final SecureRandom random = new SecureRandom();
    private final JpaUnit unit;
    private final Links links;

    Previews(JpaUnit unit, Links links) {
        this.unit = unit;
        this.links = links;
    }

    PreviewLink create(String user, String id, int number, Integer ttlSeconds) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return unit.tx(em -> {
            ProjectEntity p = Access.require(em, id, user, Access.EDITOR);
            Versions.find(em, id, number);
            PreviewTokenEntity t = new PreviewTokenEntity();
            t.tokenHash = sha256(token);
            t.projectId = id;
            t.version = number;
            t.expiresAt = OffsetDateTime.now().plusSeconds(ttlSeconds == null ? DEFAULT_TTL_SECONDS : ttlSeconds);
            t.createdBy = user;
            em.persist(t);
            Audit.record(em, id, user, "preview", "v" + number + " until " + t.expiresAt);
            return new PreviewLink(links.version(p.slug, number) + "t/" + token + "/", number, t.expiresAt.toInstant());
        });
    }

    /** Seconds the token stays valid for this project and version; 0 when it does not open them. */
    long validFor(String projectId, int number, String token) {
        if (token == null || token.length() > 100) {
            return 0;
        }
        return unit.read(em -> {
            PreviewTokenEntity t = em.find(PreviewTokenEntity.class, sha256(token));
            if (t == null || !t.projectId.equals(projectId) || t.version != number) {
                return 0L;
            }
            long left = t.expiresAt.toEpochSecond() - OffsetDateTime.now().toEpochSecond();
            return Math.max(0L, left);
        });
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
