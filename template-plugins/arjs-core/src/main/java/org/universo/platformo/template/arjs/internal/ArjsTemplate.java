package org.universo.platformo.template.arjs.internal;

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
 * An AR.js app: the scene on a hiro marker seen by the camera (AR.js is loaded only then) or over a wallpaper, and
 * the quiz of its Data nodes as an accessible overlay. Engines and ARToolKit data are inside: nothing from a CDN.
 */
@Component(service = TemplatePlugin.class)
public final class ArjsTemplate implements TemplatePlugin {
    static final String ID = "arjs-core";
    static final String ENGINE_VERSION = "1.8.0";
    private static final String HOME = "UNIVERSO-INF/template/" + ID + "/";
    static final String ARJS_VERSION = "3.4.8";
    private static final String ENGINES = "UNIVERSO-INF/engines/";
    private static final String ENGINE = ENGINES + "aframe/" + ENGINE_VERSION + "/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final TemplateManifest manifest;
    private final Template page;

    @Activate
    public ArjsTemplate() throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(read(HOME + "template.properties")));
        manifest = new TemplateManifest(ID, "AR.js quiz and scene", p.getProperty("version"), Target.ARJS,
                "Augmented reality on a printed hiro marker (or a wallpaper without camera), with quizzes built from Data nodes.",
                List.of("Space", "Entity", "Component", "Object", "Light", "Data"), "[0.1,1)",
                Map.of("aframe", ENGINE_VERSION, "ar.js", ARJS_VERSION));
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
        ScenePage.write(context, out, mapper, this::render, "wallpaper", resources(), Map.ofEntries(
                Map.entry("app.js", HOME + "app.js"), Map.entry("quiz.js", HOME + "quiz.js"),
                Map.entry("quiz.css", HOME + "quiz.css"), Map.entry("engine/aframe.min.js", ENGINE + "aframe.min.js"),
                Map.entry("engine/aframe-LICENSE", ENGINE + "LICENSE"),
                Map.entry("engine/aframe-ar.js", ENGINES + "arjs/" + ARJS_VERSION + "/aframe-ar.js"),
                Map.entry("engine/arjs-LICENSE", ENGINES + "arjs/" + ARJS_VERSION + "/LICENSE"),
                Map.entry("engine/artoolkit/camera_para.dat", ENGINES + "artoolkit/camera_para.dat"),
                Map.entry("engine/artoolkit/patt.hiro", ENGINES + "artoolkit/patt.hiro"),
                Map.entry("engine/artoolkit/hiro.jpg", ENGINES + "artoolkit/hiro.jpg"),
                Map.entry("engine/artoolkit/LICENSE", ENGINES + "artoolkit/LICENSE")));
        context.log("AR.js " + ARJS_VERSION + " on A-Frame " + ENGINE_VERSION + ", " + context.settings().path("mode").asText() + " mode");
    }

    private String render(Map<String, Object> model) {
        try {
            return page.apply(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ArjsTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
