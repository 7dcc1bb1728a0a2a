package org.universo.platformo.updl.link;

import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.updl.SpaceGraph;

/**
 * Follows the link nodes of a space graph recursively. A space may not include itself, directly or through others,
 * at any version ({@code cycle}); targets must exist ({@code link_target_missing}) and be readable
 * ({@code link_target_forbidden}); nesting is bounded ({@code link_depth_exceeded}). A space reached twice at the
 * same version is included once; at two different versions it is a {@code link_version_conflict}.
 */
@ProviderType
public interface LinkResolver {

    /** {@code root} names the space whose graph is {@code graph} (its version is null for a draft). */
    LinkResolution resolve(SpaceRef root, SpaceGraph graph, SpaceSource source, ResolveOptions options);
}
