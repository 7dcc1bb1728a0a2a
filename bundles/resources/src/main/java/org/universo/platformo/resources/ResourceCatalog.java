package org.universo.platformo.resources;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to resource versions for other bundles (ECS instantiation and aggregates). */
@ProviderType
public interface ResourceCatalog {

    Optional<ResourceVersion> version(String versionId);

    /**
     * The bill of materials below a version, with optional parts left out and, of each alternative group, the
     * version named in {@code choices} (group → child version id) or else the group's first line.
     *
     * @throws org.universo.platformo.api.error.ApiException 404 for an unknown version, 422 for a choice that is
     *     not a line of its group
     */
    PartGraph parts(String versionId, Map<String, String> choices);

    /** Own values of the given versions (their {@code uses} empty); unknown ids are left out of the result. */
    Map<String, Part> values(Collection<String> versionIds);
}
