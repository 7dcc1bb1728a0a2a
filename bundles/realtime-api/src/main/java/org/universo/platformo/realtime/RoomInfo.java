package org.universo.platformo.realtime;

import java.util.List;

/** A running room: who is in it, how big it is, how long its ticks take (microseconds, over the last 10 s). */
public record RoomInfo(String roomId, String worldId, long tick, int entities, List<String> users, int detached,
        long tickP50Micros, long tickP99Micros, long tickMaxMicros) {
}
