package org.universo.platformo.realtime.internal;

import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.realtime.Rooms;

/**
 * Karaf shell command {@code universo:room-kick <roomId> <userId> [reason]}. A {@link Function} because the
 * command's name is not a Java method name.
 */
@Component(service = Function.class, property = {"osgi.command.scope=universo", "osgi.command.function=room-kick"})
public final class RoomKickCommand implements Function {
    private final Rooms rooms;

    @Activate
    public RoomKickCommand(@Reference Rooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        if (arguments.size() < 2) {
            return "usage: universo:room-kick <roomId> <userId> [reason]";
        }
        String reason = arguments.size() > 2 ? String.valueOf(arguments.get(2)) : "kicked by an operator";
        boolean done = rooms.kick(String.valueOf(arguments.get(0)), String.valueOf(arguments.get(1)), reason);
        return done ? "kicked " + arguments.get(1) + " from " + arguments.get(0)
                : "no user " + arguments.get(1) + " in room " + arguments.get(0);
    }
}
