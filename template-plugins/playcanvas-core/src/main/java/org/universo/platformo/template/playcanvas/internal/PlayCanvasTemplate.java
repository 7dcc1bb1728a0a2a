package org.universo.platformo.template.playcanvas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.scene.ClientConfig;
import org.universo.platformo.template.scene.SceneDocument;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;
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
        JsonNode settings = context.settings();
        ObjectNode scene = SceneDocument.of(context.graph(), context.linked(), mapper);
        for (SceneContributor c : context.sceneContributors()) {
            c.contribute(context, scene);
        }
        context.checkCancelled();
        List<String> scripts = new ArrayList<>();
        for (ScriptContributor c : context.scriptContributors()) {
            for (ScriptContributor.Script s : c.scripts(context)) {
                out.addText("scripts/" + s.name(), s.source());
                scripts.add(s.name());
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        String title = settings.path("title").asText("");
        model.put("title", title.isBlank() ? scene.path("title").asText("Space") : title);
        model.put("background", ClientConfig.color(settings.path("clearColor").asText(""),
                ClientConfig.color(scene.path("background").asText(), "#000000")));
        model.put("universo", ClientConfig.inline(mapper, ClientConfig.of(context, mapper)));
        model.put("scene", ClientConfig.inline(mapper, scene));
        model.put("settings", ClientConfig.inline(mapper, settings));
        model.put("scripts", scripts);
        out.addText("index.html", page.apply(model));
        out.addText("scene.json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(scene));
        out.copy("app.js", resources(), HOME + "app.js");
        out.copy("engine/playcanvas.min.js", resources(), ENGINE + "playcanvas.min.js");
        out.copy("engine/LICENSE", resources(), ENGINE + "LICENSE");
        for (AssetContributor c : context.assetContributors()) {
            c.contribute(context, out);
        }
        context.log("PlayCanvas " + ENGINE_VERSION + ": " + scene.path("entities").size() + " entities, "
                + scene.path("lights").size() + " lights, " + scripts.size() + " contributed scripts");
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
