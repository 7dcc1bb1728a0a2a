package org.universo.platformo.template.build;

import java.io.IOException;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.template.store.ArtifactStore;

/** Artifacts for other bundles (publishing, serving). */
@ProviderType
public interface Builds {

    Optional<ArtifactInfo> artifact(String hash);

    /** A file of a stored artifact; empty when there is no such artifact or file. */
    Optional<ArtifactStore.StoredFile> open(String hash, String path) throws IOException;

    /** A job the user may see (an editor of its space); empty otherwise. */
    Optional<BuildJob> job(String userId, String jobId);
}
