package org.universo.platformo.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
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
 * versions and private publications open only with a preview token (?token=, then a cookie scoped to that version's
 * path so the page's own files load too). Paths never leave the artifact.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("universo-apps")
@HttpWhiteboardServletPattern("/p/*")
public final class AppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ROUTE = Pattern.compile("/([a-z0-9-]{3,64})(/v/([1-9][0-9]{0,8}))?(/.*)?");
    private static final Pattern SAFE = Pattern.compile("([A-Za-z0-9_@+-][A-Za-z0-9._@+-]*/)*[A-Za-z0-9._@+-]*");

    private final transient PublishComponent c;

    @Activate
    public AppServlet(@Reference PublishComponent c) {
        this.c = c;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = ROUTE.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!m.matches()) {
            resp.sendError(404);
            return;
        }
        String rest = m.group(4);
        if (rest == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
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
        if (viaToken && !admitted(req, resp, s, m.group(1))) {
            resp.sendError(404);
            return;
        }
        send(req, resp, s, path, viaToken);
    }

    /** A valid ?token= (or the cookie it set) opens a version the public cannot see. */
    private boolean admitted(HttpServletRequest req, HttpServletResponse resp, Served s, String slug) {
        if (!s.immutable()) {
            return false;
        }
        String cookieName = "up_preview_" + s.version();
        String token = req.getParameter("token");
        if (token == null && req.getCookies() != null) {
            for (Cookie k : req.getCookies()) {
                token = cookieName.equals(k.getName()) ? k.getValue() : token;
            }
        }
        long seconds = c.previews.validFor(s.projectId(), s.version(), token);
        if (seconds > 0 && req.getParameter("token") != null) {
            Cookie k = new Cookie(cookieName, token);
            k.setPath("/p/" + slug + "/v/" + s.version() + "/");
            k.setHttpOnly(true);
            k.setMaxAge((int) Math.min(seconds, Integer.MAX_VALUE));
            resp.addCookie(k);
        }
        return seconds > 0;
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, Served s, String path, boolean viaToken)
            throws IOException {
        String etag = "\"" + s.artifactHash().substring(0, 24) + "-" + Integer.toHexString(path.hashCode()) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("X-Content-Type-Options", "nosniff");
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
