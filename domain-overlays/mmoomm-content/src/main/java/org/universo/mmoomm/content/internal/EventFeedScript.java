package org.universo.mmoomm.content.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * The MMOOMM scripts of playcanvas-mmoomm apps in multiplayer mode: the event feed (the player's hits, yields and
 * trades over the scene, from the room events the overlay's services send) and the step before joining a room that
 * asks the server for the player's ship. Leave with the overlay: apps built after that go without.
 */
@Component(service = ScriptContributor.class, property = TemplatePlugin.TARGET_PROPERTY + "=playcanvas-mmoomm")
public final class EventFeedScript implements ScriptContributor {
    static final String NAME = "mmoomm-events.js";
    static final String SHIP = "mmoomm-ship.js";
    private final List<Script> scripts;

    @Activate
    public EventFeedScript() {
        this.scripts = List.of(Script.fromResource(EventFeedScript.class, "UNIVERSO-INF/scripts/" + NAME, NAME),
                Script.fromResource(EventFeedScript.class, "UNIVERSO-INF/scripts/" + SHIP, SHIP));
    }

    @Override
    public List<Script> scripts(GenerationContext context) {
        return "multi".equals(context.settings().path("mode").asText()) ? scripts : List.of();
    }
}
