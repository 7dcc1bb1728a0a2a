package org.universo.platformo.realtime.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.universo.platformo.realtime.Rooms;

/**
 * Domain events meant for players reach them in their rooms: an EventAdmin event under {@code org/universo/} with
 * {@link Rooms#EVENT_USERS} (the user ids), {@link Rooms#EVENT_TOPIC} (the protocol topic, e.g.
 * {@code trading.order.placed}) and {@link Rooms#EVENT_PAYLOAD} (a map) goes to those users' room clients as an
 * {@code event}. Others are not for players and are ignored.
 */
@Component(service = EventHandler.class, property = {EventConstants.EVENT_TOPIC + "=org/universo/*",
    EventConstants.EVENT_FILTER + "=(" + Rooms.EVENT_USERS + "=*)"})
public final class PlayerEvents implements EventHandler {
    private final RoomManager rooms;

    @Activate
    public PlayerEvents(@Reference RoomManager rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handleEvent(Event e) {
        Object users = e.getProperty(Rooms.EVENT_USERS);
        Object topic = e.getProperty(Rooms.EVENT_TOPIC);
        Object payload = e.getProperty(Rooms.EVENT_PAYLOAD);
        if (!(users instanceof String[] ids) || !(topic instanceof String t) || !(payload instanceof Map<?, ?> p)) {
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        p.forEach((k, v) -> copy.put(String.valueOf(k), v));
        rooms.deliver(new HashSet<>(Arrays.asList(ids)), new org.universo.platformo.api.protocol.Event(t, System.currentTimeMillis(), copy));
    }
}
