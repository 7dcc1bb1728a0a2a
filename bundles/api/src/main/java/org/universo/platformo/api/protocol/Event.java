package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.regex.Pattern;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A discrete happening in the room, published on a dotted {@code topic} (see {@link Topics}). The payload
 * stays a map so the protocol can carry topics it does not know; for known topics it has the shape of the
 * matching payload record, which the Event schema enforces.
 */
@JsonTypeName("event")
@JsonSchemaRef("protocol/Event.schema.json")
public record Event(String topic, long tServer, Map<String, Object> payload) implements Message {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

    public Event {
        Checks.matches(topic, TOPIC, "Event.topic");
        Checks.nonNegative(tServer, "Event.tServer");
        payload = Checks.mapCopy(Checks.present(payload, "Event.payload"));
    }
}
