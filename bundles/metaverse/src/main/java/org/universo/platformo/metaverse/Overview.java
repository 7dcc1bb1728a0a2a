package org.universo.platformo.metaverse;

import java.util.List;
import java.util.Map;

/** A metaverse with its links, listed spaces and member counts per role, in one answer. */
public record Overview(Metaverse metaverse, List<Link> links, List<Space> spaces, Map<String, Long> memberCounts) {
    public Overview {
        links = List.copyOf(links);
        spaces = List.copyOf(spaces);
        memberCounts = Map.copyOf(memberCounts);
    }
}
