package org.universo.platformo.rest.internal;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

/** A resource shaped like the platform's, for the OpenAPI builder test. */
@Path("greetings")
public class SampleResource {
    @GET
    @PermitAll
    public List<Greeting> list(@QueryParam("limit") Integer limit) {
        return List.of();
    }

    @POST
    public Greeting create(Greeting body, @Context SecurityContext security) {
        return body;
    }

    @GET
    @Path("{id: [a-z0-9-]+}")
    public Plain one(@PathParam("id") String id) {
        return null;
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    public void delete(@PathParam("id") String id) {
    }

    @POST
    @Path("batch")
    public void batch(Envelope envelope) {
    }

    public void notARoute() {
    }
}
