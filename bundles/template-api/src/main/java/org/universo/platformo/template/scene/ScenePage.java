package org.universo.platformo.template.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;

/**
 * The steps every scene-document template shares: build the scene, let contributors change it, write their scripts,
 * render the page with a model ({@code title}, {@code background}, {@code universo}, {@code scene}, {@code settings}
 * as inline JSON, {@code scripts}), write scene.json, copy the template's own files, add contributed assets.
 */
public final class ScenePage {
    private ScenePage() {
    }

    /**
     * @param copies artifact path → resource of {@code loader} (runtime script, engine, licence)
     * @param backgroundSetting the settings field overriding the scene's background colour
     * @return the scene as written
     */
    public static ObjectNode write(GenerationContext context, ArtifactWriter out, ObjectMapper mapper,
            Function<Map<String, Object>, String> page, String backgroundSetting, ClassLoader loader,
            Map<String, String> copies) throws Exception {
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
        model.put("background", ClientConfig.color(settings.path(backgroundSetting).asText(""),
                ClientConfig.color(scene.path("background").asText(), "#000000")));
        model.put("universo", ClientConfig.inline(mapper, ClientConfig.of(context, mapper)));
        model.put("scene", ClientConfig.inline(mapper, scene));
        model.put("settings", ClientConfig.inline(mapper, settings));
        model.put("scripts", scripts);
        out.addText("index.html", page.apply(model));
        out.addText("scene.json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(scene));
        for (Map.Entry<String, String> copy : copies.entrySet()) {
            out.copy(copy.getKey(), loader, copy.getValue());
        }
        for (AssetContributor c : context.assetContributors()) {
            c.contribute(context, out);
        }
        context.log(scene.path("entities").size() + " entities, " + scene.path("lights").size() + " lights, "
                + scripts.size() + " contributed scripts");
        return scene;
    }
}
