package org.universo.platformo.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.internal.crypto.StandardWebhooks;
import org.universo.platformo.auth.internal.crypto.SupabaseTokenVerifier;
import org.universo.platformo.rest.RestApi;

/**
 * /api/v1/auth/supabase/webhook: a Supabase project tells the platform that one of its users was created, updated or
 * deleted, signed per the Standard Webhooks scheme. A forged or stale delivery is refused (401), one sent again is
 * refused (409) without being applied twice. Always routed, so the API document is the same on every installation;
 * without the Supabase adapter's {@code webhook.secret} it answers 404.
 */
@Component(service = SupabaseWebhookResource.class, configurationPid = SupabaseIdentityProvider.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("auth/supabase")
@Produces(MediaType.APPLICATION_JSON)
public final class SupabaseWebhookResource {
    /** How far a delivery's timestamp may be from the server's clock, as the scheme recommends. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private final ObjectMapper json = new ObjectMapper();
    private final AuthManager auth;
    private final StandardWebhooks webhooks;

    @Activate
    public SupabaseWebhookResource(@Reference AuthManager auth, SupabaseIdentityProvider.Config config) {
        this.auth = auth;
        this.webhooks = config.webhook_secret().isBlank() ? null
                : new StandardWebhooks(config.webhook_secret(), auth.clock(), TOLERANCE);
    }

    /**
     * The delivery: {@code {"type":"INSERT"|"UPDATE"|"DELETE","record":{"id","email"},"old_record":{"id"}}}, the shape
     * of Supabase's webhooks on {@code auth.users}.
     */
    @POST
    @Path("webhook")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("webhook-id") String id,
            @HeaderParam("webhook-timestamp") String timestamp, @HeaderParam("webhook-signature") String signature,
            byte[] body) {
        if (webhooks == null) {
            throw ApiException.notFound("webhook");
        }
        try {
            webhooks.verify(id, timestamp, signature, body == null ? new byte[0] : body);
        } catch (StandardWebhooks.Refused e) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "The delivery is not signed by the project: "
                    + e.getMessage());
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("The delivery is not JSON");
        }
        String type = event.path("type").asText();
        boolean deleted = "DELETE".equals(type);
        if (!deleted && !"INSERT".equals(type) && !"UPDATE".equals(type)) {
            throw invalid("/type", "INSERT, UPDATE or DELETE");
        }
        JsonNode user = event.path(deleted ? "old_record" : "record");
        if (!user.path("id").isTextual() || user.path("id").asText().isBlank()) {
            throw invalid(deleted ? "/old_record/id" : "/record/id", "the user's id");
        }
        String email = user.path("email").isTextual() ? user.path("email").asText() : null;
        if (!auth.upstream(id, SupabaseTokenVerifier.PROVIDER, user.path("id").asText(), email, deleted)) {
            throw new ApiException(ErrorCode.CONFLICT, "Delivery " + id + " was received before; it is not applied again");
        }
        return Map.of("applied", true);
    }

    private static ApiException invalid(String pointer, String expected) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "The delivery is not a user event: " + pointer + " is "
                + expected, Map.of("errors", java.util.List.of(Map.of("pointer", pointer, "message", expected))));
    }
}
