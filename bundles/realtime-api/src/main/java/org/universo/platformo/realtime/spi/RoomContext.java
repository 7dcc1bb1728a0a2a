package org.universo.platformo.realtime.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The room an extension is called in: valid on its tick thread only, during the call. */
@ProviderType
public interface RoomContext {

    String roomId();

    String worldId();

    /** The room's clock (epoch milliseconds). */
    long nowMs();

    /** Every body of the room, avatars included. */
    List<RoomBody> bodies();

    /**
     * The nearest body in front of {@code from} within {@code range} metres whose collision sphere the ray along its
     * forward vector passes, placed where {@code from}'s player saw it when sending an input stamped
     * {@code clientTimeMs} (lag compensation, capped by the room's rewind limit). {@code onlyEntityId}, when not
     * null, considers that entity only.
     */
    Optional<RayHit> ray(RoomBody from, double range, String onlyEntityId, long clientTimeMs);

    /**
     * An event for the next state message: to every client that sees {@code about} (null: every client of the room)
     * and to {@code also}'s player (may be null).
     */
    void event(String topic, Map<String, Object> payload, RoomBody about, RoomBody also);

    /** Counts an extension's outcome in the room metrics ({@code universo_room_actions_total{kind,outcome}}). */
    void count(String kind, String outcome);
}
