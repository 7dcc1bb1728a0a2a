package org.universo.platformo.ecs;

import java.util.List;

/** What a batch of {@link ComponentWrite}s did: the new versions written, and the writes refused as stale. */
public record WriteResult(List<Written> written, List<Conflict> conflicts) {

    /** {@code version} 0: the component was removed. */
    public record Written(String entityId, String type, long version) {
    }

    /** {@code actualVersion} 0: the component does not exist; null: the entity does not exist. */
    public record Conflict(String entityId, String type, long expectedVersion, Long actualVersion) {
    }
}
