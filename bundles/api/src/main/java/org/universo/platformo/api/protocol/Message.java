package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A frame of the realtime room protocol. Its kind travels in the {@code "type"} property; each record
 * declares its own wire name with {@code @JsonTypeName}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(Intent.class),
    @JsonSubTypes.Type(Ack.class),
    @JsonSubTypes.Type(Snapshot.class),
    @JsonSubTypes.Type(Delta.class),
    @JsonSubTypes.Type(Event.class),
    @JsonSubTypes.Type(Ping.class),
    @JsonSubTypes.Type(Pong.class),
    @JsonSubTypes.Type(ProtocolError.class)
})
public sealed interface Message permits Intent, Ack, Snapshot, Delta, Event, Ping, Pong, ProtocolError {
}
