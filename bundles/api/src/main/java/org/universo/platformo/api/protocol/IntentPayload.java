package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** What the player wants to do this tick; any combination of actions, at least one. */
@JsonSchemaRef("protocol/IntentPayload.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntentPayload(
        Move move,
        Fire fire,
        @JsonProperty("use_module") UseModule useModule,
        Interact interact) {

    public IntentPayload {
        if (move == null && fire == null && useModule == null && interact == null) {
            throw new IllegalArgumentException("IntentPayload needs at least one action");
        }
    }

    public static IntentPayload of(Move move) {
        return new IntentPayload(move, null, null, null);
    }
}
