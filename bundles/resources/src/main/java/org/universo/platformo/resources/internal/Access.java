package org.universo.platformo.resources.internal;

import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.resources.internal.store.ResourceEntity;

/** Who may change a catalog entry and its versions: whoever created the entry, or an administrator. */
final class Access {
    private Access() {
    }

    static ResourceEntity writable(EntityManager em, AuthPrincipal user, String resourceId) {
        ResourceEntity e = em.find(ResourceEntity.class, resourceId);
        if (e == null) {
            throw ApiException.notFound("resource");
        }
        if (!e.createdBy.equals(user.userId()) && !user.isAdmin()) {
            throw ApiException.forbidden("Only the resource's creator or an administrator may change it");
        }
        return e;
    }
}
