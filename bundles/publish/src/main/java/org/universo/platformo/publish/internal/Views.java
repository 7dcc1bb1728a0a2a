package org.universo.platformo.publish.internal;

import org.universo.platformo.publish.Publication;
import org.universo.platformo.publish.PublicationVersion;
import org.universo.platformo.publish.internal.store.ProjectEntity;
import org.universo.platformo.publish.internal.store.VersionEntity;

/** Stored rows to API records. */
final class Views {
    private Views() {
    }

    static Publication of(Links links, ProjectEntity p, String role) {
        return new Publication(p.id, p.slug, p.spaceId, p.name, p.visibility, p.activeVersion, role,
                links.app(p.slug), p.createdBy, p.createdAt.toInstant(), p.updatedAt.toInstant());
    }

    static PublicationVersion of(Links links, ProjectEntity p, VersionEntity v) {
        return new PublicationVersion(v.number, v.status, Integer.valueOf(v.number).equals(p.activeVersion),
                v.artifactHash, v.buildId, v.templateId, v.templateVersion, v.spaceVersion, v.label, v.notes,
                links.version(p.slug, v.number), v.createdBy, v.createdAt.toInstant());
    }
}
