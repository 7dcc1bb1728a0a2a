package org.universo.platformo.publish.internal;

import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.publish.internal.store.Key;
import org.universo.platformo.publish.internal.store.MemberEntity;
import org.universo.platformo.publish.internal.store.ProjectEntity;

/**
 * Roles in a publication: owner > editor > viewer. Members see it; others get 404 as if it did not exist; a member
 * without the needed role gets 403.
 */
final class Access {
    static final String OWNER = "owner";
    static final String EDITOR = "editor";
    static final String VIEWER = "viewer";

    private Access() {
    }

    static int rank(String role) {
        return switch (role == null ? "" : role) {
            case OWNER -> 3;
            case EDITOR -> 2;
            case VIEWER -> 1;
            default -> 0;
        };
    }

    static String roleOf(EntityManager em, String projectId, String user) {
        MemberEntity m = em.find(MemberEntity.class, new Key.Member(projectId, user));
        return m == null ? null : m.role;
    }

    static ProjectEntity require(EntityManager em, String projectId, String user, String role) {
        ProjectEntity p = em.find(ProjectEntity.class, projectId);
        String mine = p == null ? null : roleOf(em, projectId, user);
        if (mine == null) {
            throw ApiException.notFound("publication");
        }
        if (rank(mine) < rank(role)) {
            throw ApiException.forbidden("This needs the " + role + " role in this publication");
        }
        return p;
    }
}
