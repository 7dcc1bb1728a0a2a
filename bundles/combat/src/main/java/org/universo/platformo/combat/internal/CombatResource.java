package org.universo.platformo.combat.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
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
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.auth.api.Callers;
import org.universo.platformo.combat.Apply;
import org.universo.platformo.combat.Shot;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/combat/apply: a shot from the caller's entity, resolved on the server. 409 with {@code details.reason}
 * {@code cooldown} or {@code energy} (and {@code retryAfterMs}) when the weapon cannot fire yet; 422 when it cannot
 * fire at all (not fitted, unknown, target indestructible).
 */
@Component(service = CombatResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("combat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CombatResource {
    private final ApplyShot shots;
    private final EntityStore store;
    private final WorldAccess worlds;

    @Activate
    public CombatResource(@Reference CombatComponent rules, @Reference FireGateComponent gate,
            @Reference EntityStore store, @Reference WorldAccess worlds) {
        this.shots = new ApplyShot(rules, gate, store, new Shooters());
        this.store = store;
        this.worlds = worlds;
    }

    @POST
    @Path("apply")
    public Shot apply(@Context SecurityContext s, Apply in) {
        AuthPrincipal u = Callers.of(s);
        // one's own ship fires only where one may still play: a world gone private ends the fight
        store.find(in.attackerId()).filter(a -> !worlds.role(u, a.worldId()).atLeast(WorldRole.PLAYER)).ifPresent(a -> {
            throw ApiException.notFound("attacker");
        });
        return shots.apply(u.userId(), u.isAdmin(), in, System.currentTimeMillis());
    }
}
