package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.universo.platformo.api.internal.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Client input for one client tick. {@code seq} increases per client so the server can acknowledge it and
 * the client can discard predicted inputs; {@code tClient} is the client clock in epoch milliseconds.
 */
@JsonTypeName("intent")
@JsonSchemaRef("protocol/Intent.schema.json")
public record Intent(long seq, long tClient, IntentPayload payload) implements Message {

    public Intent {
        Checks.nonNegative(seq, "Intent.seq");
        Checks.nonNegative(tClient, "Intent.tClient");
        Checks.present(payload, "Intent.payload");
    }
}
