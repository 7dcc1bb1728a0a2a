package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Server acknowledgement of the client's intent {@code seq}; {@code stateHash} lets a client detect
 * divergence of its prediction cheaply.
 */
@JsonTypeName("ack")
@JsonSchemaRef("protocol/Ack.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ack(long seq, long tServer, String stateHash) implements Message {

    public Ack {
        Checks.nonNegative(seq, "Ack.seq");
        Checks.nonNegative(tServer, "Ack.tServer");
        Checks.optionalNonBlank(stateHash, "Ack.stateHash");
    }
}
