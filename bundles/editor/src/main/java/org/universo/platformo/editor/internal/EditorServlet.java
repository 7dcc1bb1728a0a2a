package org.universo.platformo.editor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The editor's single-page app at /editor/. Files come from this bundle; content-hashed files are cached for a year,
 * index.html never; any other path without a file extension is a route of the app and gets index.html.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("universo-editor")
@HttpWhiteboardServletPattern("/editor/*")
public final class EditorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROOT = "UNIVERSO-INF/editor/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Pattern HASHED = Pattern.compile("app-[A-Z0-9]{8}\\..*");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css",
            "text/css; charset=utf-8", "html", "text/html; charset=utf-8", "map", "application/json", "txt",
            "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");
    /*
     * The graph editor positions nodes with inline style attributes. The forms interpret JSON Schemas instead of
     * compiling them, so no script is made from a string: no 'unsafe-eval', no inline script, nothing from another
     * origin.
     */
    private static final String CSP = "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // a relative Location: sendRedirect would make it absolute from the Host header, which the client chooses
            resp.setStatus(302);
            resp.setHeader("Location", "/editor/");
            return;
        }
        String name = path.substring(1);
        URL file = SAFE.matcher(name).matches() ? getClass().getClassLoader().getResource(ROOT + name) : null;
        if (file == null) {
            if (name.contains(".") && !name.contains("/")) {
                resp.sendError(404);
                return;
            }
            name = "index.html";
            file = getClass().getClassLoader().getResource(ROOT + name);
            if (file == null) {
                resp.sendError(503, "The editor was built without its web app");
                return;
            }
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        resp.setHeader("Cache-Control", HASHED.matcher(name).matches() ? "public, max-age=31536000, immutable" : "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        if ("html".equals(ext)) {
            resp.setHeader("Content-Security-Policy", CSP);
        }
        try (InputStream in = file.openStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
