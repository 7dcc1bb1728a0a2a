package org.universo.platformo.metaverse.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.metaverse.SpaceVersionReader;

/** {@link SpaceVersionReader} over the metaverse store. */
@Component(service = SpaceVersionReader.class)
public final class SpaceVersionService implements SpaceVersionReader {
    private final MetaverseComponent c;

    @Activate
    public SpaceVersionService(@Reference MetaverseComponent c) {
        this.c = c;
    }

    @Override
    public PublishableSpace read(String userId, String spaceId, int version) {
        if (version < 1) {
            throw org.universo.platformo.api.error.ApiException.notFound("version " + version);
        }
        return c.versions.publishable(userId, spaceId, version);
    }

    @Override
    public PublishableSpace readDraft(String userId, String spaceId) {
        return c.versions.publishable(userId, spaceId, 0);
    }

    @Override
    public boolean canEdit(String userId, String spaceId) {
        return c.spaces.canEdit(userId, spaceId);
    }

    @Override
    public java.util.Optional<String> unikOf(String spaceId) {
        return c.spaces.unikOf(spaceId);
    }
}
