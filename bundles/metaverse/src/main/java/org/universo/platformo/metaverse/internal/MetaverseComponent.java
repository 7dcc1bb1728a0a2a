package org.universo.platformo.metaverse.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.metaverse.internal.store.LinkEntity;
import org.universo.platformo.metaverse.internal.store.ListedSpaceEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseMemberEntity;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.metaverse.internal.store.UnikEntity;
import org.universo.platformo.metaverse.internal.store.UnikMemberEntity;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.JpaUnit;

/** Owns the metaverse schema and unit, and the services the REST resources call. */
@Component(service = MetaverseComponent.class)
public final class MetaverseComponent {
    static final List<Class<?>> ENTITIES = List.of(MetaverseEntity.class, MetaverseMemberEntity.class, LinkEntity.class,
            UnikEntity.class, UnikMemberEntity.class, SpaceEntity.class, ListedSpaceEntity.class);

    private final JpaUnit unit;
    private final UserDirectory users;
    final Metaverses metaverses;
    final Uniks uniks;
    final Spaces spaces;

    @Activate
    public MetaverseComponent(@Reference Database db, @Reference UserDirectory users) {
        db.migrate("metaverse", MetaverseComponent.class);
        this.unit = db.openUnit("metaverse", ENTITIES);
        this.users = users;
        this.metaverses = new Metaverses(unit);
        this.uniks = new Uniks(unit);
        this.spaces = new Spaces(unit, uniks, metaverses);
    }

    @Deactivate
    void deactivate() {
        unit.close();
    }

    /** Members must be existing accounts. */
    void requireUser(String userId) {
        if (users.find(userId).isEmpty()) {
            throw ApiException.notFound("user");
        }
    }
}
