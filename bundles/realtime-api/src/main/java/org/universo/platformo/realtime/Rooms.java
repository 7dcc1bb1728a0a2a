package org.universo.platformo.realtime;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The rooms of this node. */
@ProviderType
public interface Rooms {

    /**
     * EventAdmin properties of an event for players (any topic under {@code org/universo/}): the user ids (String[])
     * whose room clients receive it, its protocol topic and its payload (a map).
     */
    String EVENT_USERS = "universo.users";
    String EVENT_TOPIC = "universo.topic";
    String EVENT_PAYLOAD = "universo.payload";

    List<RoomInfo> list();

    /** Whether a room of this node runs the world now (no wait for the rooms' ticks, unlike {@link #list}). */
    boolean hosts(String worldId);

    /** Disconnects a user from a room (their ship leaves at once); false when they are not in it. */
    boolean kick(String roomId, String userId, String reason);
}
