package org.universo.platformo.realtime.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.realtime.RoomInfo;
import org.universo.platformo.realtime.Rooms;
import org.universo.platformo.rest.RestApi;

/** GET /api/v1/rooms: the rooms of this node with players and tick times, for administrators (as universo:rooms). */
@Component(service = RoomsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
public final class RoomsResource {
    private final Rooms rooms;

    @Activate
    public RoomsResource(@Reference Rooms rooms) {
        this.rooms = rooms;
    }

    @GET
    public List<RoomInfo> list(@Context SecurityContext security) {
        if (!Callers.of(security).isAdmin()) {
            throw ApiException.forbidden("Only administrators see the rooms");
        }
        return rooms.list();
    }
}
