package org.universo.platformo.auth.internal.store;

import java.time.OffsetDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** auth.webhook_deliveries: the id of a webhook delivery once taken. */
@Entity
@Table(name = "webhook_deliveries", schema = "auth")
public class WebhookDeliveryEntity {
    @Id
    @Column(length = 200)
    public String id;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
