package org.universo.platformo.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.universo.platformo.template.store.ArtifactStore;
import org.universo.platformo.template.store.ContentTypes;

/**
 * Serves published apps: /p/{slug}/... from the active version, /p/{slug}/v/{n}/... from version n. Unreleased
 * versions and private publications open only with a preview token in the path (/p/{slug}/v/{n}/t/{token}/...,
 * so the page's own files carry it too; no cookie). Paths never leave the artifact. Apps are isolated from the
 * editor: on their own origin when one is configured, otherwise in a CSP sandbox ({@link AppPolicy}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("universo-apps")
@HttpWhiteboardServletPattern("/p/*")
public final class AppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ROUTE = Pattern.compile(
            "/([a-z0-9-]{3,64})(/v/([1-9][0-9]{0,8})(/t/([A-Za-z0-9_-]{16,100}))?)?(/.*)?");
    private static final Pattern SAFE = Pattern.compile("([A-Za-z0-9_@+-][A-Za-z0-9._@+-]*/)*[A-Za-z0-9._@+-]*");

    private final transient PublishComponent c;

    @Activate
    public AppServlet(@Reference PublishComponent c) {
        this.c = c;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (c.isolation.elsewhere(req)) {
            // apps have an origin of their own: never serve them next to the editor
            resp.setStatus(302);
            resp.setHeader("Location", c.isolation.onAppOrigin(req.getRequestURI(), req.getQueryString()));
            return;
        }
        Matcher m = ROUTE.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!m.matches()) {
            resp.sendError(404);
            return;
        }
        String rest = m.group(6);
        String query = req.getParameter("token");
        if (rest == null || m.group(3) != null && m.group(5) == null && query != null) {
            // to the folder (with a ?token= link of older releases: its token into the path); relative, since
            // sendRedirect would make the Location absolute from the Host header, which the client chooses
            String base = m.group(3) == null ? c.links.app(m.group(1))
                    : c.links.version(m.group(1), Integer.parseInt(m.group(3)));
            String token = m.group(5) != null ? m.group(5) : query != null && query.matches("[A-Za-z0-9_-]{16,100}")
                    ? query : null;
            resp.setStatus(302);
            resp.setHeader("Location", base + (token == null ? "" : "t/" + token + "/")
                    + (rest == null ? "" : rest.substring(1)));
            return;
        }
        String path = rest.substring(1);
        path = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        Integer version = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Optional<Served> served = Served.find(c.unit, m.group(1), version);
        if (served.isEmpty() || !SAFE.matcher(path).matches() || path.contains("..")) {
            resp.sendError(404);
            return;
        }
        Served s = served.get();
        boolean viaToken = !s.open();
        if (viaToken && !admitted(s, m.group(5))) {
            resp.sendError(404);
            return;
        }
        send(req, resp, s, path, viaToken);
    }

    /** A valid preview token in the path opens a version the public cannot see. */
    private boolean admitted(Served s, String token) {
        return s.immutable() && token != null && c.previews.validFor(s.projectId(), s.version(), token) > 0;
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, Served s, String path, boolean viaToken)
            throws IOException {
        String etag = "\"" + s.artifactHash().substring(0, 24) + "-" + Integer.toHexString(path.hashCode()) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", c.isolation.contentSecurityPolicy());
        // a sandboxed page has an opaque origin: its own scripts, models and textures load as cross-origin
        resp.setHeader("Access-Control-Allow-Origin", "*");
        // a preview token is in the path: never hand it to another site
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cache-Control", viaToken ? "private, no-store"
                : s.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
        if (etag.equals(req.getHeader("If-None-Match")) && !viaToken) {
            resp.setStatus(304);
            return;
        }
        Optional<ArtifactStore.StoredFile> file = c.builds.open(s.artifactHash(), path);
        if (file.isEmpty()) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = file.get().content(); OutputStream out = resp.getOutputStream()) {
            resp.setContentType(ContentTypes.of(path));
            resp.setContentLengthLong(file.get().size());
            in.transferTo(out);
        }
    }
}
