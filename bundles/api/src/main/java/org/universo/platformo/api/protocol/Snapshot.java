package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Complete room state at {@code tick}, the base that later deltas apply to. {@code full} is always true; it
 * stays on the wire so clients can tell a snapshot from a delta without looking at {@code type}.
 */
@JsonTypeName("snapshot")
@JsonSchemaRef("protocol/Snapshot.schema.json")
public record Snapshot(long tick, long tServer, boolean full, List<EntityState> entities) implements Message {

    public Snapshot {
        Checks.nonNegative(tick, "Snapshot.tick");
        Checks.nonNegative(tServer, "Snapshot.tServer");
        if (!full) {
            throw new IllegalArgumentException("Snapshot.full must be true");
        }
        entities = Checks.listCopy(Checks.present(entities, "Snapshot.entities"));
    }

    public Snapshot(long tick, long tServer, List<EntityState> entities) {
        this(tick, tServer, true, entities);
    }
}
