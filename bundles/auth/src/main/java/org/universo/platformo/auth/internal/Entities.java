package org.universo.platformo.auth.internal;

import java.util.List;
import org.universo.platformo.auth.internal.store.BootstrapEntity;
import org.universo.platformo.auth.internal.store.HandoffEntity;
import org.universo.platformo.auth.internal.store.IdentityEntity;
import org.universo.platformo.auth.internal.store.RefreshTokenEntity;
import org.universo.platformo.auth.internal.store.SessionEntity;
import org.universo.platformo.auth.internal.store.SigningKeyEntity;
import org.universo.platformo.auth.internal.store.UserEntity;
import org.universo.platformo.auth.internal.store.WebhookDeliveryEntity;

/** The auth persistence unit's entity classes. */
final class Entities {
    static final List<Class<?>> ALL = List.of(UserEntity.class, IdentityEntity.class, SessionEntity.class,
            RefreshTokenEntity.class, SigningKeyEntity.class, BootstrapEntity.class, HandoffEntity.class,
            WebhookDeliveryEntity.class);

    private Entities() {
    }
}
