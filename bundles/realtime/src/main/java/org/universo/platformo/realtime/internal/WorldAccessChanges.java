package org.universo.platformo.realtime.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.WorldAccess;

/** A world's access changed: its rooms ask again whether each player may stay. */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + WorldAccess.TOPIC_ACCESS)
public final class WorldAccessChanges implements EventHandler {
    private final RoomManager rooms;

    @Activate
    public WorldAccessChanges(@Reference RoomManager rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handleEvent(Event e) {
        if (e.getProperty(EntityStore.EVENT_WORLD) instanceof String world) {
            rooms.readmit(world);
        }
    }
}
