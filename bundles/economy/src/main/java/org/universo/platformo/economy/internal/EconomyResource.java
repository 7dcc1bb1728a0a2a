package org.universo.platformo.economy.internal;

import java.util.List;
import javax.ws.rs.Consumes;
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
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.economy.Account;
import org.universo.platformo.economy.Inputs;
import org.universo.platformo.economy.Receipt;
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/economy: the caller's accounts, balances, history; transfers and exchanges (an Idempotency-Key header is
 * required: a retry answers the first receipt, 200 instead of 201).
 */
@Component(service = EconomyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("economy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EconomyResource {
    private final EconomyComponent ledger;

    @Activate
    public EconomyResource(@Reference EconomyComponent ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("accounts")
    public List<Account> accounts(@Context SecurityContext s) {
        return ledger.accounts(Callers.of(s).userId());
    }

    @POST
    @Path("accounts")
    public Response open(@Context SecurityContext s, Inputs.AccountCreate in) {
        return Response.status(201).entity(ledger.open(Callers.of(s).userId(), in.currency())).build();
    }

    @GET
    @Path("accounts/{id}")
    public Account account(@Context SecurityContext s, @PathParam("id") String id) {
        return ledger.account(Callers.of(s).userId(), id);
    }

    @GET
    @Path("accounts/{id}/history")
    public List<Receipt> history(@Context SecurityContext s, @PathParam("id") String id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return ledger.history(Callers.of(s).userId(), id, offset, limit);
    }

    @POST
    @Path("transfers")
    public Response transfer(@Context SecurityContext s, @HeaderParam("Idempotency-Key") String key, Inputs.Transfer in) {
        return written(ledger.transfer(Callers.of(s).userId(), key, in));
    }

    @POST
    @Path("exchanges")
    public Response exchange(@Context SecurityContext s, @HeaderParam("Idempotency-Key") String key, Inputs.Exchange in) {
        return written(ledger.exchange(Callers.of(s).userId(), key, in));
    }

    @POST
    @Path("accounts/{id}/issue")
    public Response issue(@Context SecurityContext s, @HeaderParam("Idempotency-Key") String key,
            @PathParam("id") String id, Inputs.Issue in) {
        AuthPrincipal u = Callers.of(s);
        if (!u.isAdmin()) {
            throw ApiException.forbidden("Only administrators issue money");
        }
        return written(ledger.issue(u.userId(), key, id, in));
    }

    private static Response written(Receipt r) {
        return Response.status(r.replayed() ? 200 : 201).entity(r).build();
    }
}
