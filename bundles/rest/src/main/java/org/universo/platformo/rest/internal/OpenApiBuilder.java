package org.universo.platformo.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.universo.platformo.rest.RestApi;

/** Reflects JAX-RS annotations of resource classes into an OpenAPI 3.1 document. */
final class OpenApiBuilder {
    private final ObjectMapper mapper = new ObjectMapper();
    private final SchemaCatalog schemas = new SchemaCatalog(mapper);

    ObjectNode build(Collection<Class<?>> resources) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Universo Platformo API").put("version", "v1");
        doc.putArray("servers").addObject().put("url", RestApi.BASE);
        ObjectNode paths = doc.putObject("paths");
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(r -> addResource(paths, r));
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearerAuth")
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        components.set("schemas", schemas.all());
        return doc;
    }

    private void addResource(ObjectNode paths, Class<?> type) {
        for (Method m : type.getMethods()) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            String path = Routes.join("", Routes.join(Routes.path(type.getAnnotation(Path.class)),
                    Routes.path(m.getAnnotation(Path.class)))).replaceAll("\\{(\\w+):[^}]*}", "{$1}");
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            item.set(verb.toLowerCase(Locale.ROOT), operation(type, m));
        }
    }

    private ObjectNode operation(Class<?> type, Method m) {
        ObjectNode op = mapper.createObjectNode();
        op.put("operationId", type.getSimpleName() + "." + m.getName());
        op.putArray("tags").add(type.getSimpleName().replace("Resource", ""));
        ArrayNode params = op.putArray("parameters");
        for (Parameter p : m.getParameters()) {
            describeParameter(op, params, p);
        }
        boolean isPublic = m.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
        if (!isPublic) {
            op.putArray("security").addObject().putArray("bearerAuth");
            RolesAllowed roles = m.getAnnotation(RolesAllowed.class) != null ? m.getAnnotation(RolesAllowed.class)
                    : type.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                ArrayNode r = op.putArray("x-roles");
                for (String role : roles.value()) {
                    r.add(role);
                }
            }
        }
        ObjectNode responses = op.putObject("responses");
        Class<?> out = m.getReturnType();
        if (out == void.class) {
            responses.putObject("204").put("description", "Done");
        } else {
            ObjectNode ok = responses.putObject("200").put("description", "OK");
            if (out != Response.class) {
                ok.putObject("content").putObject("application/json").set("schema", schemas.ref(out, m.getGenericReturnType()));
            }
        }
        JsonNode error = mapper.createObjectNode().putObject("content").putObject("application/json")
                .set("schema", schemas.errorRef());
        responses.putObject("4XX").put("description", "Client error").set("content", error.get("content"));
        if (!isPublic) {
            responses.putObject("401").put("description", "Missing, expired or invalid access token")
                    .set("content", error.get("content"));
        }
        return op;
    }

    private void describeParameter(ObjectNode op, ArrayNode params, Parameter p) {
        String in = null;
        String name = null;
        for (Annotation a : p.getAnnotations()) {
            if (a instanceof PathParam pp) {
                in = "path";
                name = pp.value();
            } else if (a instanceof QueryParam qp) {
                in = "query";
                name = qp.value();
            } else if (a instanceof HeaderParam hp) {
                in = "header";
                name = hp.value();
            } else if (a instanceof Context) {
                return;
            }
        }
        if (in != null) {
            ObjectNode param = params.addObject().put("name", name).put("in", in).put("required", "path".equals(in));
            param.set("schema", schemas.ref(p.getType(), p.getParameterizedType()));
        } else if (p.getAnnotations().length == 0 || !hasJaxrsAnnotation(p)) {
            ObjectNode body = op.putObject("requestBody").put("required", true);
            body.putObject("content").putObject("application/json")
                    .set("schema", schemas.ref(p.getType(), p.getParameterizedType()));
        }
    }

    private static boolean hasJaxrsAnnotation(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getName().startsWith("javax.ws.rs")) {
                return true;
            }
        }
        return false;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }
}
