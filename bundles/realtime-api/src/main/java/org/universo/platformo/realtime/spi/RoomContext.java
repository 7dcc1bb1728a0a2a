package org.universo.platformo.realtime.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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

    /** The body of an entity in the room, avatars included. */
    Optional<RoomBody> body(String entityId);

    /** An event for the next state message to the player of {@code player} only (an avatar; otherwise nobody). */
    void tell(RoomBody player, String topic, Map<String, Object> payload);

    /**
     * Blocking work (a ledger call, a store move) off the tick thread, in order with the room's other I/O; its
     * outcome is handed to {@code then} on a later tick. When {@code saveFirst} is not null, the state the room holds
     * for that stored body is written to the entity store first, and the work runs only once it is saved: a side
     * effect never gets ahead of the state it follows from. Bodies may have left by then: look them up again.
     */
    <T> void offTick(RoomBody saveFirst, Callable<T> work, AfterWork<T> then);

    /** Counts an extension's outcome in the room metrics ({@code universo_room_actions_total{kind,outcome}}). */
    void count(String kind, String outcome);
}
