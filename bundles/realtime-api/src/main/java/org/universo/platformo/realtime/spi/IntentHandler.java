package org.universo.platformo.realtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Acts on one kind of a player's intent action ({@code fire}, {@code use_module}, {@code interact}): registered with
 * the service property {@value #KIND}. Movement is the room's own. An action no handler takes is counted as
 * unhandled and dropped; a handler that throws costs that action only.
 */
@ConsumerType
public interface IntentHandler {

    /** Service property: the action kind handled, as the protocol names it. */
    String KIND = "universo.intent.kind";

    /**
     * @param actor the player's avatar
     * @param action the action as the protocol carries it (already checked against its schema)
     * @param clientTimeMs the intent's client time, for lag compensation
     */
    void handle(RoomContext room, RoomBody actor, JsonNode action, long clientTimeMs);
}
