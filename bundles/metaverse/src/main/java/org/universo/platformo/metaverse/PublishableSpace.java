package org.universo.platformo.metaverse;

import java.util.List;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/** A space version (0 for the draft) and the versions of the spaces it includes through links, in discovery order. */
public record PublishableSpace(String spaceId, int version, String name, SpaceGraph graph, List<ResolvedSpace> linked) {

    public PublishableSpace {
        linked = linked == null ? List.of() : List.copyOf(linked);
    }
}
