package org.universo.platformo.realtime;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The rooms of this node. */
@ProviderType
public interface Rooms {

    List<RoomInfo> list();

    /** Disconnects a user from a room (their ship leaves at once); false when they are not in it. */
    boolean kick(String roomId, String userId, String reason);
}
