package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Client clock probe; {@code t0} is echoed back in a {@link Pong} to measure round-trip time. */
@JsonTypeName("ping")
@JsonSchemaRef("protocol/Ping.schema.json")
public record Ping(long t0) implements Message {

    public Ping {
        Checks.nonNegative(t0, "Ping.t0");
    }
}
