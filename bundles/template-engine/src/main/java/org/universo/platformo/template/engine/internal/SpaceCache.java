package org.universo.platformo.template.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.CoreTypes;
import org.universo.platformo.updl.Node;

/**
 * Space versions already read for a build, with the digest of their graph. A version never changes, so a space
 * without link nodes can be reused as it is (the caller still checks the user's access every time); a space with
 * links is read again, because a link may follow the latest version of another space.
 */
final class SpaceCache {
    record Entry(PublishableSpace space, String graphDigest) {
    }

    private final int capacity;
    private final Map<String, Entry> entries;

    SpaceCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized Optional<Entry> get(String spaceId, int version) {
        return Optional.ofNullable(entries.get(spaceId + "@" + version));
    }

    synchronized void put(Entry e) {
        if (e.space().version() < 1 || !e.space().linked().isEmpty() || hasLinks(e.space())) {
            return;
        }
        entries.put(e.space().spaceId() + "@" + e.space().version(), e);
        if (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    private static boolean hasLinks(PublishableSpace s) {
        for (Canvas c : s.graph().canvases()) {
            for (Node n : c.nodes()) {
                if (CoreTypes.SPACE_LINK.equals(n.type()) || CoreTypes.UNIK_LINK.equals(n.type())
                        || CoreTypes.METAVERSE_LINK.equals(n.type())) {
                    return true;
                }
            }
        }
        return false;
    }
}
