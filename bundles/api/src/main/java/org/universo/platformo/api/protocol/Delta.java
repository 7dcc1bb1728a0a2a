package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Changes from the state at {@code baseTick} (a snapshot or delta the client acknowledged) to the state at
 * {@code tick}. {@code updated} is always present, possibly empty, so an idle room still advances ticks.
 */
@JsonTypeName("delta")
@JsonSchemaRef("protocol/Delta.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delta(
        long tick,
        long baseTick,
        long tServer,
        List<EntityState> added,
        List<EntityUpdate> updated,
        List<EntityId> removed) implements Message {

    public Delta {
        Checks.nonNegative(baseTick, "Delta.baseTick");
        if (tick <= baseTick) {
            throw new IllegalArgumentException("Delta.tick must be after baseTick: " + tick + " <= " + baseTick);
        }
        Checks.nonNegative(tServer, "Delta.tServer");
        added = Checks.listCopy(added);
        updated = Checks.listCopy(Checks.present(updated, "Delta.updated"));
        removed = Checks.listCopy(removed);
    }
}
