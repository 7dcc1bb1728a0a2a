package org.universo.platformo.ecs;

import java.util.List;

/** What applying a design changed in a world: ids of the entities added, changed and removed. */
public record DesignResult(List<String> added, List<String> changed, List<String> removed) {
    public DesignResult {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean unchanged() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
