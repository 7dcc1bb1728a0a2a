package org.universo.platformo.realtime.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.universo.platformo.ecs.EntityStore;

/** Hands a world's new design (a space published again) to the running rooms of that world. */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + EntityStore.TOPIC_DESIGNED)
public final class WorldDesigns implements EventHandler {
    private final RoomManager rooms;

    @Activate
    public WorldDesigns(@Reference RoomManager rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handleEvent(Event e) {
        if (e.getProperty(EntityStore.EVENT_WORLD) instanceof String world) {
            rooms.designed(world, ids(e, EntityStore.EVENT_ADDED), ids(e, EntityStore.EVENT_CHANGED),
                    ids(e, EntityStore.EVENT_REMOVED));
        }
    }

    private static List<String> ids(Event e, String key) {
        return e.getProperty(key) instanceof String[] ids ? List.of(ids) : List.of();
    }
}
