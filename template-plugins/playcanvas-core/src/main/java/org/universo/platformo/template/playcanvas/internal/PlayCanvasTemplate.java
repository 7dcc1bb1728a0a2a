package org.universo.platformo.template.playcanvas.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.scene.SceneTemplate;
import org.universo.platformo.template.spi.TemplatePlugin;

/** A PlayCanvas app: the scene document built by a small runtime (app.js) on the vendored engine. */
@Component(service = TemplatePlugin.class)
public final class PlayCanvasTemplate extends SceneTemplate {
    static final String ENGINE_VERSION = "2.23.3";
    private static final String ENGINE = "UNIVERSO-INF/engines/playcanvas/" + ENGINE_VERSION + "/";

    @Activate
    public PlayCanvasTemplate() {
        super("playcanvas-core", "PlayCanvas scene", Target.PLAYCANVAS,
                "A 3D scene on the PlayCanvas engine: entities with primitives and colours, camera, lights.",
                List.of("Space", "Entity", "Component", "Object", "Camera", "Light"), Map.of("playcanvas", ENGINE_VERSION));
    }

    @Override
    protected Map<String, String> files() {
        return Map.of("app.js", home() + "app.js", "playcanvas-lights.js", "UNIVERSO-INF/shared/playcanvas-lights.js",
                "engine/playcanvas.min.js", ENGINE + "playcanvas.min.js", "engine/LICENSE", ENGINE + "LICENSE");
    }

    @Override
    protected String backgroundSetting() {
        return "clearColor";
    }
}
