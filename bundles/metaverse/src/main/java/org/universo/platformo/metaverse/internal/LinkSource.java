package org.universo.platformo.metaverse.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.metaverse.internal.store.UnikEntity;
import org.universo.platformo.metaverse.internal.store.VersionEntity;
import org.universo.platformo.updl.SpaceGraphJson;
import org.universo.platformo.updl.link.LinkKind;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.updl.link.SpaceSource;

/**
 * What link nodes may reach, for one caller inside one unit of work. Links include immutable versions only; "latest"
 * is the newest version, so a space without versions cannot be linked yet. A space is includable by members of its
 * unik and by anyone who can read a metaverse it is listed in (listing it there published it).
 */
final class LinkSource implements SpaceSource {
    private final EntityManager em;
    private final String user;
    private final Uniks uniks;
    private final Metaverses metaverses;
    private final JsonText json;

    LinkSource(EntityManager em, String user, Uniks uniks, Metaverses metaverses, JsonText json) {
        this.em = em;
        this.user = user;
        this.uniks = uniks;
        this.metaverses = metaverses;
        this.json = json;
    }

    @Override
    public Optional<ResolvedSpace> load(String spaceId, Integer version) {
        Integer number = version;
        if (number == null) {
            number = em.createQuery("SELECT MAX(v.version) FROM VersionEntity v WHERE v.spaceId = :s", Integer.class)
                    .setParameter("s", spaceId).getSingleResult();
        }
        VersionEntity v = number == null ? null : em.find(VersionEntity.class, new VersionEntity.Key(spaceId, number));
        return v == null ? Optional.empty()
                : Optional.of(new ResolvedSpace(spaceId, v.version, SpaceGraphJson.graph(json.read(v.graph))));
    }

    @Override
    public Optional<List<String>> unikSpaces(String unikId) {
        if (em.find(UnikEntity.class, unikId) == null) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("SELECT s.id FROM SpaceEntity s WHERE s.unikId = :k ORDER BY s.name, s.id",
                String.class).setParameter("k", unikId).getResultList());
    }

    @Override
    public Optional<List<String>> metaverseSpaces(String metaverseId) {
        if (!metaverses.exists(em, metaverseId)) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("SELECT s.id FROM SpaceEntity s, ListedSpaceEntity l WHERE l.spaceId = s.id "
                + "AND l.metaverseId = :m ORDER BY s.name, s.id", String.class).setParameter("m", metaverseId)
                .getResultList());
    }

    /** Missing targets are allowed here so that the resolver reports them as missing, not forbidden. */
    @Override
    public Access access(LinkKind kind, String id) {
        boolean allowed = switch (kind) {
            case SPACE -> spaceAllowed(id);
            case UNIK -> em.find(UnikEntity.class, id) == null || uniks.isMember(em, id, user);
            case METAVERSE -> !metaverses.exists(em, id) || metaverses.canRead(em, id, user);
        };
        return allowed ? Access.ALLOWED : Access.FORBIDDEN;
    }

    private boolean spaceAllowed(String id) {
        SpaceEntity s = em.find(SpaceEntity.class, id);
        if (s == null || uniks.isMember(em, s.unikId, user)) {
            return true;
        }
        return em.createQuery("SELECT l.metaverseId FROM ListedSpaceEntity l WHERE l.spaceId = :s", String.class)
                .setParameter("s", id).getResultList().stream().anyMatch(m -> metaverses.canRead(em, m, user));
    }
}
