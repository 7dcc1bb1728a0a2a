package org.universo.platformo.realtime.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.universo.platformo.auth.api.AuthEvents;

/**
 * A room connection is authenticated once, when it opens; a session revoked later (sign-out, a stolen refresh
 * token, a role change) must not keep playing on it, so its connections on this node are closed.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + AuthEvents.SESSION_REVOKED)
public final class SessionRevocations implements EventHandler {
    private final RoomManager rooms;

    @Activate
    public SessionRevocations(@Reference RoomManager rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handleEvent(Event e) {
        if (e.getProperty(AuthEvents.PROP_SESSION_ID) instanceof String session) {
            rooms.connections.closeSession(session);
        }
    }
}
