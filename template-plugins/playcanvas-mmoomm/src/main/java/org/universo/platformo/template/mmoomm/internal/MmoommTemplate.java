package org.universo.platformo.template.mmoomm.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.scene.SceneTemplate;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * The MMOOMM game client: game.js plays the scene document on the vendored PlayCanvas engine (ship flight, mining,
 * trading, gates, HUD); gameplay scripts contributed by domain bundles load after it.
 */
@Component(service = TemplatePlugin.class)
public final class MmoommTemplate extends SceneTemplate {
    static final String ENGINE_VERSION = "2.23.3";
    private static final String ENGINE = "UNIVERSO-INF/engines/playcanvas/" + ENGINE_VERSION + "/";

    @Activate
    public MmoommTemplate() {
        super("playcanvas-mmoomm", "Universo MMOOMM", Target.PLAYCANVAS,
                "The MMOOMM space game: fly your ship, mine asteroids, trade at stations, jump through gates; HUD with "
                        + "hull, cargo, Inmo.",
                List.of("Space", "Entity", "Component", "Object", "Camera", "Light", "Event", "Action"),
                Map.of("playcanvas", ENGINE_VERSION));
    }

    @Override
    protected Map<String, String> files() {
        return Map.of("game.js", home() + "game.js", "playcanvas-lights.js", "UNIVERSO-INF/shared/playcanvas-lights.js",
                "hud.css", home() + "hud.css", "engine/playcanvas.min.js", ENGINE + "playcanvas.min.js",
                "engine/LICENSE", ENGINE + "LICENSE");
    }
}
