package org.universo.platformo.publish.internal;

import org.universo.platformo.publish.Publication;
import org.universo.platformo.publish.PublicationVersion;
import org.universo.platformo.publish.internal.store.ProjectEntity;
import org.universo.platformo.publish.internal.store.VersionEntity;

/** Stored rows to API records; URLs are relative to the server. */
final class Views {
    private Views() {
    }

    static Publication of(ProjectEntity p, String role) {
        return new Publication(p.id, p.slug, p.spaceId, p.name, p.visibility, p.activeVersion, role,
                "/p/" + p.slug + "/", p.createdBy, p.createdAt.toInstant(), p.updatedAt.toInstant());
    }

    static PublicationVersion of(ProjectEntity p, VersionEntity v) {
        return new PublicationVersion(v.number, v.status, Integer.valueOf(v.number).equals(p.activeVersion),
                v.artifactHash, v.buildId, v.templateId, v.templateVersion, v.spaceVersion, v.label, v.notes,
                "/p/" + p.slug + "/v/" + v.number + "/", v.createdBy, v.createdAt.toInstant());
    }
}
