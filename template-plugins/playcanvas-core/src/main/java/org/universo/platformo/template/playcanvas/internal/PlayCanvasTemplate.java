package org.universo.platformo.template.playcanvas.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.scene.ScenePage;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * A PlayCanvas app: the scene document embedded in index.html, a small runtime (app.js) that builds it on the
 * vendored engine, and contributed scripts after it. The page is compiled once; generation is deterministic.
 */
@Component(service = TemplatePlugin.class)
public final class PlayCanvasTemplate implements TemplatePlugin {
    static final String ID = "playcanvas-core";
    static final String ENGINE_VERSION = "2.23.3";
    private static final String HOME = "UNIVERSO-INF/template/" + ID + "/";
    private static final String ENGINE = "UNIVERSO-INF/engines/playcanvas/" + ENGINE_VERSION + "/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final TemplateManifest manifest;
    private final Template page;

    @Activate
    public PlayCanvasTemplate() throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(read(HOME + "template.properties")));
        manifest = new TemplateManifest(ID, "PlayCanvas scene", p.getProperty("version"), Target.PLAYCANVAS,
                "A 3D scene on the PlayCanvas engine: entities with primitives and colours, camera, lights.",
                List.of("Space", "Entity", "Component", "Object", "Camera", "Light"), "[0.1,1)",
                Map.of("playcanvas", ENGINE_VERSION));
        page = new Handlebars().compileInline(read(HOME + "index.hbs"));
    }

    @Override
    public TemplateManifest manifest() {
        return manifest;
    }

    @Override
    public String settingsSchemaPath() {
        return "template/" + ID + "/settings.schema.json";
    }

    @Override
    public void generate(GenerationContext context, ArtifactWriter out) throws Exception {
        ScenePage.write(context, out, mapper, this::render, "clearColor", resources(), Map.of(
                "app.js", HOME + "app.js", "engine/playcanvas.min.js", ENGINE + "playcanvas.min.js",
                "engine/LICENSE", ENGINE + "LICENSE"));
        context.log("PlayCanvas " + ENGINE_VERSION);
    }

    private String render(Map<String, Object> model) {
        try {
            return page.apply(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PlayCanvasTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
