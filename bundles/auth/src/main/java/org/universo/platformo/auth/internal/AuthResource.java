package org.universo.platformo.auth.internal;

import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.rest.RestApi;

/** /api/v1/auth: register, login, refresh (rotation), logout, me. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final AuthManager auth;

    @Activate
    public AuthResource(@Reference AuthManager auth) {
        this.auth = auth;
    }

    @POST
    @Path("register")
    @PermitAll
    public Response register(RegisterRequest body, @Context HttpServletRequest request) {
        auth.register(body, clientAddress(request));
        // the same answer whether the email had an account or not: the client signs in next
        return Response.status(202).entity(Map.of("accepted", true, "signIn", "/api/v1/auth/login")).build();
    }

    @POST
    @Path("login")
    @PermitAll
    public TokenPair login(LoginRequest body, @Context HttpServletRequest request) {
        return auth.login(body, clientAddress(request));
    }

    @POST
    @Path("refresh")
    @PermitAll
    public TokenPair refresh(RefreshRequest body, @Context HttpServletRequest request) {
        return auth.refresh(body, clientAddress(request));
    }

    /** The address the REST pipeline resolved (trusted proxies applied), not X-Forwarded-For as sent. */
    static String clientAddress(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        Object resolved = request.getAttribute(RestApi.CLIENT_ADDRESS_PROPERTY);
        return resolved instanceof String s ? s : request.getRemoteAddr();
    }

    /** 201 with a one-time code ({@code auth/Handoff.schema.json}) that opens another page signed in as the caller. */
    @POST
    @Path("handoff")
    public Response handoff(@Context SecurityContext security) {
        return Response.status(201).entity(auth.handoff(Callers.of(security))).build();
    }

    /** The session a hand-off code opens, once; 401 for a code unknown, used or expired. */
    @POST
    @Path("handoff/redeem")
    @PermitAll
    public TokenPair redeem(RedeemRequest body) {
        return auth.redeem(body.code());
    }

    @POST
    @Path("logout")
    public void logout(@Context SecurityContext security) {
        auth.logout(Callers.of(security));
    }

    @GET
    @Path("me")
    public UserView me(@Context SecurityContext security) {
        return auth.me(Callers.of(security));
    }
}
