package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Answer to a {@link Ping}: the client's {@code t0} and the server clock, for RTT and clock offset. */
@JsonTypeName("pong")
@JsonSchemaRef("protocol/Pong.schema.json")
public record Pong(long t0, long tServer) implements Message {

    public Pong {
        Checks.nonNegative(t0, "Pong.t0");
        Checks.nonNegative(tServer, "Pong.tServer");
    }
}
