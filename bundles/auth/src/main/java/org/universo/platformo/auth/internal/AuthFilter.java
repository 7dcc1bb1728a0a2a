package org.universo.platformo.auth.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.rest.RestApi;

/**
 * Every route of the platform application needs a valid bearer token unless it is marked {@code @PermitAll};
 * {@code @RolesAllowed} narrows it further. Deny by default, so a new route is never public by accident.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApi.APP_SELECT)
public final class AuthFilter implements ContainerRequestFilter {
    private final AuthManager auth;

    @Context
    ResourceInfo resourceInfo;

    @Activate
    public AuthFilter(@Reference AuthManager auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || method.isAnnotationPresent(PermitAll.class)
                || type != null && type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 8) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "Authentication required: send 'Authorization: Bearer <token>'");
        }
        AuthPrincipal principal = auth.authenticate(header.substring(7).trim());
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : type == null ? null : type.getAnnotation(RolesAllowed.class);
        if (roles != null && java.util.Arrays.stream(roles.value()).noneMatch(principal::hasRole)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This needs one of the roles " + String.join(", ", roles.value()));
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new PrincipalContext(principal, secure));
    }

    /** The authenticated caller as JAX-RS sees it. */
    private record PrincipalContext(AuthPrincipal principal, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
