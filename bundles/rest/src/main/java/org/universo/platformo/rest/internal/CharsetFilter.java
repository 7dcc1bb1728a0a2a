package org.universo.platformo.rest.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Refuses a body in a character set this JVM does not know with 415 and the API's error body. The REST runtime
 * reads the charset before any JAX-RS filter runs and fails with a 500 page on an unknown one, so this is a servlet
 * filter in front of the API's servlet context.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + CharsetFilter.CONTEXT + ")")
public final class CharsetFilter implements Filter {
    /**
     * The servlet context the JAX-RS whiteboard makes for the application ("context.for" + its name): only the API's,
     * since a filter added to the root context drops the WebSocket endpoints registered there.
     */
    static final String CONTEXT = "context.for" + org.universo.platformo.rest.RestApi.APP_NAME;
    private final TraceIds traceIds = new TraceIds();
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";]*)\"?");

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing held
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String type = req.getContentType();
        String charset = type == null ? null : charset(type);
        if (charset != null && !known(charset) && res instanceof HttpServletResponse http
                && req instanceof HttpServletRequest in) {
            String trace = traceIds.of(in.getHeader("traceparent"), in.getHeader("X-Request-Id"));
            http.setStatus(415);
            http.setHeader(org.universo.platformo.rest.RestApi.TRACE_HEADER, trace);
            http.setContentType("application/json");
            http.getOutputStream().write(("{\"code\":\"unsupported_media_type\",\"message\":\"The body's character "
                    + "set is not one this server reads; send UTF-8\",\"traceId\":\"" + trace + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, res);
    }

    static String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1).trim() : null;
    }

    static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
