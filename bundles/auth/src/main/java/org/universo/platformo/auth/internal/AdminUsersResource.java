package org.universo.platformo.auth.internal;

import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.Roles;
import org.universo.platformo.auth.api.UserDirectory;
import org.universo.platformo.auth.api.UserSummary;
import org.universo.platformo.rest.RestApi;

/** GET /api/v1/admin/users: the account list, for administrators only. */
@Component(service = AdminUsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@JSONRequired
@Path("admin/users")
@RolesAllowed(Roles.ADMIN)
public final class AdminUsersResource {
    private final UserDirectory users;

    @Activate
    public AdminUsersResource(@Reference UserDirectory users) {
        this.users = users;
    }

    /** One page of users, oldest first, with the total. */
    public record Page(List<UserSummary> items, long total, int offset, int limit) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ApiException(org.universo.platformo.api.error.ErrorCode.VALIDATION_FAILED,
                    "offset must be >= 0 and limit between 1 and 500", Map.of("offset", offset, "limit", limit));
        }
        return new Page(users.list(offset, limit), users.count(), offset, limit);
    }
}
