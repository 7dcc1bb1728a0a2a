package org.universo.platformo.rest.internal;

import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.MDC;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.rest.RestApi;
import org.universo.platformo.utils.schema.JsonText;

/**
 * Everything that happens to every request before routing, in a fixed order: trace id, body size limit,
 * timing; and after the response: trace header, request metrics. One filter rather than several so the
 * order never depends on filter priorities (whose annotation package clashes with the metrics library's).
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@PreMatching
public final class RequestPipelineFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String START = "universo.start";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestPipelineFilter.class);

    private final long maxBody;
    private final TraceIds traceIds = new TraceIds();
    private final RequestMetrics metrics;

    @Context
    ResourceInfo resourceInfo;
    @Context
    javax.servlet.http.HttpServletRequest servlet;
    private final ClientAddresses clients;
    private final Cors cors;

    @Activate
    public RequestPipelineFilter(RestConfig config, @Reference RequestMetrics metrics) {
        this.maxBody = config.max_body_bytes();
        this.clients = new ClientAddresses(config.trusted_proxies());
        this.cors = new Cors(config.cors_allowed_origins());
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
        String id = traceIds.of(request.getHeaderString("traceparent"), request.getHeaderString("X-Request-Id"));
        request.setProperty(RestApi.TRACE_PROPERTY, id);
        MDC.put(RestApi.TRACE_PROPERTY, id);
        if (servlet != null) {
            servlet.setAttribute(RestApi.CLIENT_ADDRESS_PROPERTY, clients.of(servlet.getRemoteAddr(),
                    request.getHeaders().get("X-Forwarded-For")));
        }
        String unstorable = unstorable(request.getUriInfo());
        if (cors.isPreflight(request)) {
            javax.ws.rs.core.Response.ResponseBuilder ok = javax.ws.rs.core.Response.noContent();
            cors.preflight(request).forEach(ok::header);
            request.abortWith(ok.build());
        } else if (unstorable != null) {
            request.abortWith(Errors.of(ErrorCode.VALIDATION_FAILED, 422, "The request's URL is invalid",
                    Map.of("errors", java.util.List.of(Map.of("in", "url", "message", unstorable)))));
        } else if (request.getLength() > maxBody) {
            request.abortWith(Errors.of(ErrorCode.PAYLOAD_TOO_LARGE, 413, "Request body is over the limit",
                    Map.of("limitBytes", maxBody)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBody));
        }
    }

    /** Path segments and query values reach queries as text: NUL would fail in PostgreSQL, not as a 4xx. */
    private static String unstorable(javax.ws.rs.core.UriInfo uri) {
        String why = JsonText.problem(uri.getPath(true));
        if (why != null) {
            return "the path " + why;
        }
        for (Map.Entry<String, java.util.List<String>> q : uri.getQueryParameters(true).entrySet()) {
            why = JsonText.problem(q.getKey());
            for (int i = 0; why == null && i < q.getValue().size(); i++) {
                why = JsonText.problem(q.getValue().get(i));
            }
            if (why != null) {
                return "the query parameter '" + q.getKey().replace('\0', ' ') + "' " + why;
            }
        }
        return null;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RestApi.TRACE_PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RestApi.TRACE_HEADER, id.toString());
        }
        // API answers carry tokens and personal data: never cache them, never let a browser sniff them
        response.getHeaders().putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        cors.decorate(request, response.getHeaders());
        try {
            Object start = request.getProperty(START);
            if (start instanceof Long s) {
                long nanos = System.nanoTime() - s;
                metrics.record(Routes.template(resourceInfo), request.getMethod(), response.getStatus(), nanos);
                // the server's share of a request (routing to the resource's answer, before the body is written)
                response.getHeaders().putSingle("Server-Timing", String.format(java.util.Locale.ROOT,
                        "app;dur=%.2f", nanos / 1e6));
            }
        } catch (RuntimeException | LinkageError e) {
            // a metrics fault must never turn an answer into an empty 500
            LOG.warn("Request metrics not recorded: {}", e.toString());
        } finally {
            MDC.remove(RestApi.TRACE_PROPERTY);
        }
    }
}
