package org.universo.platformo.realtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads what a domain needs from a stored entity when it becomes a body of a room (the world loads, or the entity
 * arrives): defences, fitted modules. Every registered binding is called, in ranking order.
 */
@ConsumerType
public interface BodyBinding {

    void bind(RoomContext room, RoomBody body, Map<String, JsonNode> components);
}
