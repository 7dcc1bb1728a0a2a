package org.universo.platformo.rest.internal;

import java.lang.reflect.Method;
import javax.ws.rs.Path;
import javax.ws.rs.container.ResourceInfo;
import org.universo.platformo.rest.RestApi;

/** Route templates ("/api/v1/users/{id}") from the matched resource's annotations. */
final class Routes {
    private Routes() {
    }

    static String template(ResourceInfo info) {
        Class<?> type;
        Method method;
        try {
            type = info == null ? null : info.getResourceClass();
            method = info == null ? null : info.getResourceMethod();
        } catch (RuntimeException e) {
            return "unmatched";
        }
        if (type == null || method == null) {
            return "unmatched";
        }
        return join(RestApi.BASE, join(path(type.getAnnotation(Path.class)), path(method.getAnnotation(Path.class))));
    }

    static String path(Path p) {
        return p == null ? "" : p.value();
    }

    static String join(String a, String b) {
        String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
        if (b.isEmpty()) {
            return left.isEmpty() ? "/" : left;
        }
        return left + (b.startsWith("/") ? b : "/" + b);
    }
}
