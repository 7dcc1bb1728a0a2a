package org.universo.platformo.realtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads what a domain needs from a stored entity when it becomes a body of a room (the world loads, or the entity
 * arrives): defences, fitted modules. Every registered binding is called, in ranking order.
 *
 * <p>A binding names the component types it keeps on bodies that clients must see (a ship's shield and armor) in the
 * service property {@link #REPLICATES}; the room sends them with the operator's configured types while the binding
 * is registered, so the room core names no domain's component.
 */
@ConsumerType
public interface BodyBinding {
    /** Service property: the component types (String or String[]) clients receive on every body that has them. */
    String REPLICATES = "universo.room.replicates";

    void bind(RoomContext room, RoomBody body, Map<String, JsonNode> components);
}
