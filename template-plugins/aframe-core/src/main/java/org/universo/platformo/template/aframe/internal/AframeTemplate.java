package org.universo.platformo.template.aframe.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.scene.SceneTemplate;
import org.universo.platformo.template.spi.TemplatePlugin;

/** An A-Frame app: a small runtime (app.js) builds the A-Frame entities of the scene document on the vendored engine. */
@Component(service = TemplatePlugin.class)
public final class AframeTemplate extends SceneTemplate {
    static final String ENGINE_VERSION = "1.8.0";
    private static final String ENGINE = "UNIVERSO-INF/engines/aframe/" + ENGINE_VERSION + "/";

    @Activate
    public AframeTemplate() {
        super("aframe-core", "A-Frame scene", Target.AFRAME,
                "A WebXR scene on A-Frame: entities with primitives and colours, camera, lights; VR headsets welcome.",
                List.of("Space", "Entity", "Component", "Object", "Camera", "Light"), Map.of("aframe", ENGINE_VERSION));
    }

    @Override
    protected Map<String, String> files() {
        return Map.of("app.js", home() + "app.js", "aframe-shapes.js", "UNIVERSO-INF/shared/aframe-shapes.js",
                "engine/aframe.min.js", ENGINE + "aframe.min.js", "engine/LICENSE", ENGINE + "LICENSE");
    }
}
