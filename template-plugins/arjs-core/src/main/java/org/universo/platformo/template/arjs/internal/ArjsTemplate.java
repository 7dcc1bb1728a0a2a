package org.universo.platformo.template.arjs.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.scene.SceneTemplate;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * An AR.js app: the scene on a hiro marker seen by the camera (AR.js is loaded only then) or over a wallpaper, and
 * the quiz of its Data nodes as an accessible overlay. Engines and ARToolKit data are inside: nothing from a CDN.
 */
@Component(service = TemplatePlugin.class)
public final class ArjsTemplate extends SceneTemplate {
    static final String AFRAME_VERSION = "1.8.0";
    static final String ARJS_VERSION = "3.4.8";
    private static final String ENGINES = "UNIVERSO-INF/engines/";

    @Activate
    public ArjsTemplate() {
        super("arjs-core", "AR.js quiz and scene", Target.ARJS,
                "Augmented reality on a printed hiro marker (or a wallpaper without camera), with quizzes built from Data nodes.",
                List.of("Space", "Entity", "Component", "Object", "Light", "Data"),
                Map.of("aframe", AFRAME_VERSION, "ar.js", ARJS_VERSION));
    }

    @Override
    protected Map<String, String> files() {
        String aframe = ENGINES + "aframe/" + AFRAME_VERSION + "/";
        String arjs = ENGINES + "arjs/" + ARJS_VERSION + "/";
        String toolkit = ENGINES + "artoolkit/";
        return Map.ofEntries(Map.entry("app.js", home() + "app.js"),
                Map.entry("aframe-shapes.js", "UNIVERSO-INF/shared/aframe-shapes.js"), Map.entry("quiz.js", home() + "quiz.js"),
                Map.entry("quiz.css", home() + "quiz.css"), Map.entry("engine/aframe.min.js", aframe + "aframe.min.js"),
                Map.entry("engine/aframe-LICENSE", aframe + "LICENSE"),
                Map.entry("engine/aframe-ar.js", arjs + "aframe-ar.js"), Map.entry("engine/arjs-LICENSE", arjs + "LICENSE"),
                Map.entry("engine/artoolkit/camera_para.dat", toolkit + "camera_para.dat"),
                Map.entry("engine/artoolkit/patt.hiro", toolkit + "patt.hiro"),
                Map.entry("engine/artoolkit/hiro.jpg", toolkit + "hiro.jpg"),
                Map.entry("engine/artoolkit/LICENSE", toolkit + "LICENSE"));
    }

    @Override
    protected String backgroundSetting() {
        return "wallpaper";
    }
}
