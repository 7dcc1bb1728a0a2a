package org.universo.mmoomm.content.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * The MMOOMM event feed for playcanvas-mmoomm apps in multiplayer mode: the player's hits, yields and trades over the
 * scene, from the room events the overlay's services send. Leaves with the overlay: apps built after that go without.
 */
@Component(service = ScriptContributor.class, property = TemplatePlugin.TARGET_PROPERTY + "=playcanvas-mmoomm")
public final class EventFeedScript implements ScriptContributor {
    static final String NAME = "mmoomm-events.js";
    private final Script script;

    @Activate
    public EventFeedScript() {
        this.script = Script.fromResource(EventFeedScript.class, "UNIVERSO-INF/scripts/" + NAME, NAME);
    }

    @Override
    public List<Script> scripts(GenerationContext context) {
        return "multi".equals(context.settings().path("mode").asText()) ? List.of(script) : List.of();
    }
}
