package org.universo.platformo.publish.internal;

import java.net.URI;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import org.universo.platformo.template.store.AppPolicy;

/** Where apps are served and how they are kept from the editor (see {@link AppPolicy}). */
final class AppIsolation {
    private final String origin;
    private final String host;
    private final String csp;

    AppIsolation(String appOrigin, String frameAncestors) {
        String o = appOrigin == null ? "" : appOrigin.trim().replaceAll("/+$", "");
        if (!o.isEmpty()) {
            URI u = URI.create(o);
            if (u.getScheme() == null || u.getHost() == null || !(u.getPath() == null || u.getPath().isEmpty())) {
                throw new IllegalArgumentException("app.origin must be scheme://host[:port], e.g. "
                        + "https://apps.example.org; found '" + appOrigin + "'");
            }
            this.host = u.getHost().toLowerCase(Locale.ROOT);
        } else {
            this.host = null;
        }
        this.origin = o;
        this.csp = AppPolicy.contentSecurityPolicy(o.isEmpty(), frameAncestors);
    }

    /** Whether this request for an app came to another host than the apps' own origin. */
    boolean elsewhere(HttpServletRequest req) {
        return host != null && !host.equalsIgnoreCase(req.getServerName());
    }

    String onAppOrigin(String path, String query) {
        return origin + path + (query == null ? "" : "?" + query);
    }

    String contentSecurityPolicy() {
        return csp;
    }
}
