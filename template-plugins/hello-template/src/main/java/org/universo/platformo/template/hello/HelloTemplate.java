package org.universo.platformo.template.hello;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Node;

/** Lists the entities of a space on a plain HTML page: the smallest complete template. */
@Component(service = TemplatePlugin.class)
public final class HelloTemplate implements TemplatePlugin {
    private final TemplateManifest manifest;

    @Activate
    public HelloTemplate() {
        Properties p = new Properties();
        try (InputStream in = HelloTemplate.class.getResourceAsStream("/UNIVERSO-INF/template/hello/template.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest = new TemplateManifest("hello", "Hello (example)", p.getProperty("version"), Target.OTHER,
                "Lists the entities of a space on a web page.", List.of("Space", "Entity"), "[0.1,1)", Map.of());
    }

    @Override
    public TemplateManifest manifest() {
        return manifest;
    }

    @Override
    public String settingsSchemaPath() {
        return "template/hello/settings.schema.json";
    }

    @Override
    public void generate(GenerationContext context, ArtifactWriter out) {
        StringBuilder page = new StringBuilder("<!doctype html>\n<meta charset=\"utf-8\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<body class=\"")
                .append(html(context.settings().path("theme").asText())).append("\">\n<h1>")
                .append(html(context.settings().path("heading").asText())).append("</h1>\n<ul>\n");
        for (Canvas canvas : context.graph().canvases()) {
            for (Node node : canvas.nodes()) {
                if ("Entity".equals(node.type())) {
                    page.append("<li>").append(html(node.label() == null ? node.id() : node.label())).append("</li>\n");
                }
            }
        }
        page.append("</ul>\n");
        for (ScriptContributor contributor : context.scriptContributors()) {
            for (ScriptContributor.Script script : contributor.scripts(context)) {
                out.addText("scripts/" + script.name(), script.source());
                page.append("<script src=\"scripts/").append(html(script.name())).append("\"></script>\n");
            }
        }
        context.checkCancelled();
        out.addText("index.html", page.append("</body>\n").toString());
        context.log("hello " + manifest.version() + ": page written");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
