package org.universo.platformo.updl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.LinkResolver;
import org.universo.platformo.updl.link.ResolveOptions;
import org.universo.platformo.updl.link.SpaceRef;
import org.universo.platformo.updl.link.SpaceSource;

/** {@link LinkResolver}; each call keeps its state in its own {@link Resolution}. */
@Component(service = LinkResolver.class)
public final class DefaultLinkResolver implements LinkResolver {

    @Activate
    public DefaultLinkResolver() {
    }

    @Override
    public LinkResolution resolve(SpaceRef root, SpaceGraph graph, SpaceSource source, ResolveOptions options) {
        return new Resolution(root, source, options).run(graph);
    }
}
