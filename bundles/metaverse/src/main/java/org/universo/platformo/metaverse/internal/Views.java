package org.universo.platformo.metaverse.internal;

import org.universo.platformo.metaverse.Link;
import org.universo.platformo.metaverse.Metaverse;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.Space;
import org.universo.platformo.metaverse.Unik;
import org.universo.platformo.metaverse.internal.store.LinkEntity;
import org.universo.platformo.metaverse.internal.store.MetaverseEntity;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.metaverse.internal.store.UnikEntity;

/** Entity to API record. */
final class Views {
    private Views() {
    }

    static Metaverse of(MetaverseEntity m, Role myRole) {
        return new Metaverse(m.id, m.name, m.description, m.visibility, m.ownerId, myRole, m.createdAt.toInstant(),
                m.updatedAt.toInstant());
    }

    static Unik of(UnikEntity u, Role myRole) {
        return new Unik(u.id, u.name, u.description, u.ownerId, myRole, u.createdAt.toInstant(), u.updatedAt.toInstant());
    }

    static Space of(SpaceEntity s) {
        return new Space(s.id, s.unikId, s.name, s.description, s.createdBy, s.createdAt.toInstant(),
                s.updatedAt.toInstant());
    }

    static Link of(LinkEntity l) {
        return new Link(l.id, l.sourceId, l.targetId, l.kind, l.createdAt.toInstant());
    }
}
