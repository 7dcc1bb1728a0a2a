package org.universo.platformo.publish.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.metaverse.SpaceVersionReader;
import org.universo.platformo.spaceworlds.SpaceWorlds;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.publish.Publication;

/**
 * The world a published space is played in: the space's own world (its id is the space's), owned by the space's
 * unik, public while any publication of the space serves a release publicly, its designed part the space version the
 * publication activated last serves. Kept in step whenever a publication
 * is activated, rolled back, changes visibility or goes away.
 */
final class PublicationWorlds {
    private static final Logger LOG = LoggerFactory.getLogger(PublicationWorlds.class);
    private final JpaUnit unit;
    private final SpaceVersionReader spaces;
    private final WorldAccess worlds;
    private final SpaceWorlds designs;

    PublicationWorlds(JpaUnit unit, SpaceVersionReader spaces, WorldAccess worlds, SpaceWorlds designs) {
        this.unit = unit;
        this.spaces = spaces;
        this.worlds = worlds;
        this.designs = designs;
    }

    /** Opens or updates the space's world after {@code p} changed; the publication itself is committed already. */
    Publication follow(Publication p) {
        follow(p.spaceId(), p.name());
        return p;
    }

    /**
     * {@link #follow}, after {@code p} was activated or rolled back: the world's designed part becomes the space
     * version it serves now, read as the publication's creator (whose rights built it), whoever activated it.
     */
    Publication serve(Publication p) {
        follow(p);
        Integer spaceVersion = p.activeVersion() == null ? null : spaceVersion(p.id(), p.activeVersion());
        if (spaceVersion != null) {
            designs.apply(spaces.read(p.createdBy(), p.spaceId(), spaceVersion));
        }
        return p;
    }

    /**
     * Refuses, before anything is activated, a publication version whose space version cannot become the world: a
     * 422 naming the nodes.
     */
    void check(Publication p, int number) {
        Integer spaceVersion = spaceVersion(p.id(), number);
        if (spaceVersion != null) {
            designs.design(spaces.read(p.createdBy(), p.spaceId(), spaceVersion));
        }
    }

    private Integer spaceVersion(String publicationId, int number) {
        List<Integer> found = unit.read(em -> em.createQuery("SELECT v.spaceVersion FROM VersionEntity v WHERE "
                + "v.projectId = :p AND v.number = :n", Integer.class).setParameter("p", publicationId)
                .setParameter("n", number).getResultList());
        return found.isEmpty() ? null : found.get(0);
    }

    void follow(String spaceId, String name) {
        String unik = spaces.unikOf(spaceId).orElse(null);
        if (unik == null) {
            LOG.info("Space {} is gone; its world stays as it was", spaceId);
            return;
        }
        List<String> served = unit.read(em -> em.createQuery("SELECT p.visibility FROM ProjectEntity p WHERE "
                + "p.spaceId = :s AND p.activeVersion IS NOT NULL", String.class).setParameter("s", spaceId)
                .getResultList());
        if (served.isEmpty() && worlds.world(spaceId).isEmpty()) {
            return;   // nothing served yet: the world is made by the first activation
        }
        World.Visibility v = served.contains("public") ? World.Visibility.PUBLIC : World.Visibility.PRIVATE;
        worlds.open(spaceId, name, "unik", unik, v);
    }
}
