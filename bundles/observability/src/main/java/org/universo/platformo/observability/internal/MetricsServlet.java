package org.universo.platformo.observability.internal;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;
import org.universo.platformo.utils.net.IpBlocks;

/**
 * Prometheus text exposition at /metrics, for scrapers on the operator's network: from the allowed addresses only
 * and, when a token is configured, with it; through a reverse proxy only with a token (see {@link MetricsConfig}).
 */
@Component(service = Servlet.class, configurationPid = MetricsConfig.PID)
@Designate(ocd = MetricsConfig.class)
@HttpWhiteboardServletPattern("/metrics")
@HttpWhiteboardServletName("universo-metrics")
public final class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient PrometheusRegistry registry;
    private final transient PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    private final transient IpBlocks allowed;
    private final byte[] token;

    @Activate
    public MetricsServlet(@Reference PrometheusRegistry registry, MetricsConfig config) {
        this.registry = registry;
        this.allowed = IpBlocks.parse("allowed.addresses", config.allowed_addresses());
        this.token = config.bearer_token().isBlank() ? null : config.bearer_token().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String refusal = refusal(req);
        if (refusal != null) {
            String trace = UUID.randomUUID().toString().replace("-", "");
            resp.setStatus(403);
            resp.setContentType("application/json");
            resp.setHeader("Cache-Control", "no-store");
            resp.setHeader(org.universo.platformo.rest.RestApi.TRACE_HEADER, trace);
            resp.getOutputStream().write(("{\"code\":\"forbidden\",\"message\":\"" + refusal
                    + "\",\"traceId\":\"" + trace + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        resp.setStatus(200);
        resp.setContentType(PrometheusTextFormatWriter.CONTENT_TYPE);
        try (OutputStream out = resp.getOutputStream()) {
            writer.write(out, registry.scrape(), EscapingScheme.UNDERSCORE_ESCAPING);
        }
    }

    private String refusal(HttpServletRequest req) {
        if (!allowed.contains(req.getRemoteAddr())) {
            return "Metrics are not served to this address (allowed.addresses in etc/" + MetricsConfig.PID + ".cfg)";
        }
        String auth = req.getHeader("Authorization");
        if (token == null) {
            return req.getHeader("X-Forwarded-For") == null ? null
                    : "Metrics through a proxy need a bearer token (bearer.token in etc/" + MetricsConfig.PID + ".cfg)";
        }
        byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        return MessageDigest.isEqual(given, token) ? null : "Metrics need 'Authorization: Bearer <token>'";
    }
}
