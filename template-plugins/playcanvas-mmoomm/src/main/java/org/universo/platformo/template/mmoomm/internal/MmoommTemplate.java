package org.universo.platformo.template.mmoomm.internal;

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
 * The MMOOMM game client: the scene document played by game.js on the vendored PlayCanvas engine (ship flight,
 * mining, trading, gates, HUD), with contributed gameplay scripts after it. Deterministic; the page is compiled once.
 */
@Component(service = TemplatePlugin.class)
public final class MmoommTemplate implements TemplatePlugin {
    static final String ID = "playcanvas-mmoomm";
    static final String ENGINE_VERSION = "2.23.3";
    private static final String HOME = "UNIVERSO-INF/template/" + ID + "/";
    private static final String ENGINE = "UNIVERSO-INF/engines/playcanvas/" + ENGINE_VERSION + "/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final TemplateManifest manifest;
    private final Template page;

    @Activate
    public MmoommTemplate() throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(read(HOME + "template.properties")));
        manifest = new TemplateManifest(ID, "Universo MMOOMM", p.getProperty("version"), Target.PLAYCANVAS,
                "The MMOOMM space game: fly your ship, mine asteroids, trade at stations, jump through gates; HUD with hull, cargo, Inmo.",
                List.of("Space", "Entity", "Component", "Object", "Camera", "Light", "Event", "Action"), "[0.1,1)",
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
        ScenePage.write(context, out, mapper, this::render, "background", resources(), Map.of(
                "game.js", HOME + "game.js", "hud.css", HOME + "hud.css",
                "engine/playcanvas.min.js", ENGINE + "playcanvas.min.js", "engine/LICENSE", ENGINE + "LICENSE"));
        context.log("MMOOMM on PlayCanvas " + ENGINE_VERSION + ", " + context.settings().path("mode").asText()
                + " mode");
    }

    private String render(Map<String, Object> model) {
        try {
            return page.apply(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = MmoommTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
