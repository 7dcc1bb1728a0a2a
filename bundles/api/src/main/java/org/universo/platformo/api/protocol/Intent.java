package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Client input for one client tick. {@code seq} increases per client so the server can acknowledge it and
 * the client can discard predicted inputs; {@code tClient} is the client's estimate of the server clock (epoch
 * milliseconds) when the input was sampled; {@code ackTick}, when present, is the latest state tick the client has
 * applied, which the server's next delta is relative to.
 */
@JsonTypeName("intent")
@JsonSchemaRef("protocol/Intent.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Intent(long seq, long tClient, IntentPayload payload, Long ackTick) implements Message {

    public Intent {
        Checks.nonNegative(seq, "Intent.seq");
        Checks.nonNegative(tClient, "Intent.tClient");
        Checks.present(payload, "Intent.payload");
        if (ackTick != null) {
            Checks.nonNegative(ackTick, "Intent.ackTick");
        }
    }

    public Intent(long seq, long tClient, IntentPayload payload) {
        this(seq, tClient, payload, null);
    }
}
