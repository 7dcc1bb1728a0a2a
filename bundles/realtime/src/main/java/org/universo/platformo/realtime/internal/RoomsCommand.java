package org.universo.platformo.realtime.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.realtime.RoomInfo;
import org.universo.platformo.realtime.Rooms;

/** Karaf shell command {@code universo:rooms}: rooms, their players and tick times. */
@Component(service = RoomsCommand.class, property = {"osgi.command.scope=universo", "osgi.command.function=rooms"})
public final class RoomsCommand {
    private final Rooms rooms;

    @Activate
    public RoomsCommand(@Reference Rooms rooms) {
        this.rooms = rooms;
    }

    public String rooms() {
        StringBuilder sb = new StringBuilder(String.format("%-40s %8s %8s %8s %9s %9s %9s  %s%n", "ROOM", "TICK",
                "ENTITIES", "DETACHED", "P50 µs", "P99 µs", "MAX µs", "USERS"));
        for (RoomInfo r : rooms.list()) {
            sb.append(String.format("%-40s %8d %8d %8d %9d %9d %9d  %s%n", r.roomId(), r.tick(), r.entities(),
                    r.detached(), r.tickP50Micros(), r.tickP99Micros(), r.tickMaxMicros(), String.join(",", r.users())));
        }
        return sb.toString();
    }
}
