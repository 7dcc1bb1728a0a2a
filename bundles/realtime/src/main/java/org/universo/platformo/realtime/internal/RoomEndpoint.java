package org.universo.platformo.realtime.internal;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.websocket.CloseReason;
import javax.websocket.OnClose;
import javax.websocket.OnError;
import javax.websocket.OnMessage;
import javax.websocket.OnOpen;
import javax.websocket.Session;
import javax.websocket.server.PathParam;
import javax.websocket.server.ServerEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.protocol.ProtocolError;
import org.universo.platformo.auth.api.AuthPrincipal;

/**
 * {@code /ws/rooms/{worldId}/{instanceId}?access_token=…[&encoding=json][&reconnect=…][&transfer=…]}: the handshake carries the
 * platform access token (browsers cannot set headers on a WebSocket); the user must be allowed into the world.
 * One instance serves every session; per-session state lives in the session. The room manager is a dynamic
 * reference: registering a WebSocket endpoint restarts the web context (a pause for every servlet), so the endpoint
 * is registered once, early, and stays while the manager restarts on a configuration change.
 */
@Component(service = Object.class, immediate = true,
        property = "org.ops4j.pax.web.http.whiteboard.websocket=true")
@ServerEndpoint("/ws/rooms/{world}/{instance}")
public final class RoomEndpoint {
    private static final Pattern WORLD = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final String CONNECTION = "universo.connection";
    private volatile RoomManager rooms;

    @Activate
    public RoomEndpoint() {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRooms(RoomManager manager) {
        this.rooms = manager;
    }

    void unbindRooms(RoomManager manager) {
        if (this.rooms == manager) {
            this.rooms = null;
        }
    }

    @OnOpen
    public void open(Session session, @PathParam("world") String world, @PathParam("instance") String instance) {
        Map<String, List<String>> q = session.getRequestParameterMap();
        boolean binary = !"json".equals(first(q, "encoding"));
        SessionLink link = new SessionLink(session, binary);
        RoomManager rooms = this.rooms;
        if (rooms == null) {
            link.send("{\"type\":\"error\",\"code\":\"unavailable\",\"message\":\"Rooms are starting; try again\"}",
                    () -> { });
            link.close(1013, "try again later");
            return;
        }
        if (!WORLD.matcher(world).matches() || !INSTANCE.matcher(instance).matches()) {
            refuse(rooms, link, "bad_request", "world and instance ids are 1..128 and 1..64 of [A-Za-z0-9_.-]");
            return;
        }
        AuthPrincipal user;
        try {
            user = rooms.auth.authenticate(String.valueOf(first(q, "access_token")));
        } catch (ApiException e) {
            refuse(rooms, link, e.code().code(), e.getMessage());
            return;
        }
        String transfer = first(q, "transfer");
        boolean seated = transfer != null && rooms.tickets.redeem(transfer, user.userId(), world).isPresent();
        if (transfer != null && !seated) {
            refuse(rooms, link, "transfer_invalid", "This transfer ticket is not yours, not for world " + world
                    + ", used or expired; join without it");
            return;
        }
        if (!rooms.mayJoin(user, world)) {
            refuse(rooms, link, "forbidden", "You may not join world " + world);
            return;
        }
        if (!rooms.connections.acquire(user.userId())) {
            refuse(rooms, link, "rate_limited", "This account has " + rooms.connections.limit()
                    + " room connections open already; close one first");
            return;
        }
        session.setMaxBinaryMessageBufferSize(rooms.config.max_frame_bytes());
        session.setMaxTextMessageBufferSize(rooms.config.max_frame_bytes());
        List<org.universo.platformo.ecs.EntityView> owned = rooms.running(world, instance)
                ? rooms.owned(world, user.userId()) : null;
        Room room = rooms.room(world, instance);
        if (owned != null) {
            room.submit(r -> Transfers.arrived(r, owned));
        }
        Connection conn = new Connection(rooms, room, link, user.userId(), user.sessionId());
        session.getUserProperties().put(CONNECTION, conn);
        String reconnect = first(q, "reconnect");
        room.submit(r -> {
            conn.client = r.membership.join(user.userId(), link, reconnect, seated);
            if (conn.client != null) {
                conn.client.principal = user;
            }
        });
    }

    @OnMessage
    public void binary(Session session, ByteBuffer frame) {
        Connection c = connection(session);
        if (c != null) {
            c.binary(frame);
        }
    }

    @OnMessage
    public void text(Session session, String frame) {
        Connection c = connection(session);
        if (c != null) {
            c.text(frame);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        Connection c = connection(session);
        if (c != null) {
            c.closed();
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // Jetty closes the session after an error (e.g. 1009 for a frame above the limit); @OnClose detaches it.
    }

    private static void refuse(RoomManager rooms, SessionLink link, String code, String message) {
        rooms.metrics.error(code);
        String json = rooms.json.encode(new ProtocolError(code, message));
        link.send(json, () -> { });
        link.close(1008, code);
    }

    private static Connection connection(Session s) {
        return (Connection) s.getUserProperties().get(CONNECTION);
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
