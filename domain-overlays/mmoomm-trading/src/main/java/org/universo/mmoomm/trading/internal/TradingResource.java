package org.universo.mmoomm.trading.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.mmoomm.trading.Market;
import org.universo.mmoomm.trading.Order;
import org.universo.mmoomm.trading.PlaceOrder;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/trading: station markets. Placing takes an Idempotency-Key header (a retry answers the first order with 200;
 * the same key with another body is a 409); a buy without the Inmo, or a sell without the goods, is a 409.
 */
@Component(service = TradingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("trading")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TradingResource {
    private final Market market;

    @Activate
    public TradingResource(@Reference Market market) {
        this.market = market;
    }

    @POST
    @Path("orders")
    public Response place(@Context SecurityContext s, @HeaderParam("Idempotency-Key") String key, PlaceOrder in) {
        Order o = market.place(user(s), key, in);
        return Response.status(o.replayed() ? 200 : 201).entity(o).build();
    }

    @GET
    @Path("orders")
    public List<Order> mine(@Context SecurityContext s, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return market.mine(user(s), offset, limit);
    }

    @GET
    @Path("orders/{id}")
    public Order order(@Context SecurityContext s, @PathParam("id") String id) {
        return market.order(user(s), id);
    }

    @DELETE
    @Path("orders/{id}")
    public Order cancel(@Context SecurityContext s, @PathParam("id") String id) {
        return market.cancel(user(s), id);
    }

    @GET
    @Path("books/{stationId}/{material}")
    public List<Order.Level> book(@PathParam("stationId") String stationId, @PathParam("material") String material) {
        if (!material.matches("[A-Z0-9]{2,8}")) {
            throw ApiException.badRequest("material is a ledger currency code, e.g. IRON");
        }
        return market.book(stationId, material);
    }

    private static String user(SecurityContext s) {
        return Callers.of(s).userId();
    }
}
