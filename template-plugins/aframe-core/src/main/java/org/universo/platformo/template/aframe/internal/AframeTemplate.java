package org.universo.platformo.template.aframe.internal;

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
 * An A-Frame app: the scene document embedded in index.html, a small runtime (app.js) that builds the A-Frame
 * entities from it on the vendored engine, and contributed scripts after it. Deterministic; the page is compiled once.
 */
@Component(service = TemplatePlugin.class)
public final class AframeTemplate implements TemplatePlugin {
    static final String ID = "aframe-core";
    static final String ENGINE_VERSION = "1.8.0";
    private static final String HOME = "UNIVERSO-INF/template/" + ID + "/";
    private static final String ENGINE = "UNIVERSO-INF/engines/aframe/" + ENGINE_VERSION + "/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final TemplateManifest manifest;
    private final Template page;

    @Activate
    public AframeTemplate() throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(read(HOME + "template.properties")));
        manifest = new TemplateManifest(ID, "A-Frame scene", p.getProperty("version"), Target.AFRAME,
                "A WebXR scene on A-Frame: entities with primitives and colours, camera, lights; VR headsets welcome.",
                List.of("Space", "Entity", "Component", "Object", "Camera", "Light"), "[0.1,1)",
                Map.of("aframe", ENGINE_VERSION));
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
        ScenePage.write(context, out, mapper, this::render, "background", resources(), Map.of(
                "app.js", HOME + "app.js", "engine/aframe.min.js", ENGINE + "aframe.min.js",
                "engine/LICENSE", ENGINE + "LICENSE"));
        context.log("A-Frame " + ENGINE_VERSION);
    }

    private String render(Map<String, Object> model) {
        try {
            return page.apply(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = AframeTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
