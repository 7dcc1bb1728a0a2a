package org.universo.platformo.realtime.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.universo.platformo.ecs.EntityStore;

/** Hands the entity store's moves between worlds to the running rooms of both worlds. */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + EntityStore.TOPIC_MOVED)
public final class WorldMoves implements EventHandler {
    private final RoomManager rooms;

    @Activate
    public WorldMoves(@Reference RoomManager rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handleEvent(Event e) {
        if (e.getProperty(EntityStore.EVENT_IDS) instanceof String[] ids
                && e.getProperty(EntityStore.EVENT_FROM) instanceof String from
                && e.getProperty(EntityStore.EVENT_TO) instanceof String to) {
            rooms.moved(List.of(ids), from, to);
        }
    }
}
