package org.universo.platformo.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.universo.platformo.auth.internal.store.WebhookDeliveryEntity;
import org.universo.platformo.persistence.JpaUnit;

/**
 * The webhook deliveries taken, by id, shared by every node on the database: one sent again is known. Ids older than
 * {@code kept} go (a delivery that old is refused by its timestamp anyway).
 */
final class WebhookDeliveries {
    private final JpaUnit unit;
    private final Clock clock;
    private final Duration kept;

    WebhookDeliveries(JpaUnit unit, Clock clock, Duration kept) {
        this.unit = unit;
        this.clock = clock;
        this.kept = kept;
    }

    /** True the first time an id is seen; false for a delivery taken before (or by a racing node now). */
    boolean first(String id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            return unit.tx(em -> {
                em.createQuery("DELETE FROM WebhookDeliveryEntity d WHERE d.receivedAt < :old")
                        .setParameter("old", now.minus(kept)).executeUpdate();
                if (em.find(WebhookDeliveryEntity.class, id) != null) {
                    return false;
                }
                WebhookDeliveryEntity d = new WebhookDeliveryEntity();
                d.id = id;
                d.receivedAt = now;
                em.persist(d);
                return true;
            });
        } catch (RuntimeException duplicate) {
            if (unit.read(em -> em.find(WebhookDeliveryEntity.class, id)) != null) {
                return false;
            }
            throw duplicate;
        }
    }
}
