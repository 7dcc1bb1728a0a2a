package org.universo.platformo.client.sdk.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * Puts the multiplayer runtime (SDK, prediction, interpolation, PlayCanvas glue) into MMOOMM apps published with
 * {@code mode: multi}. Its endpoints come from the app's environment profile ({@code window.UNIVERSO.wsUrl}).
 */
@Component(service = ScriptContributor.class, property = TemplatePlugin.TARGET_PROPERTY + "=playcanvas-mmoomm")
public final class MultiplayerScripts implements ScriptContributor {
    static final String RUNTIME = "UNIVERSO-INF/client/universo-playcanvas.js";
    private final Script script;

    @Activate
    public MultiplayerScripts() {
        this.script = Script.fromResource(MultiplayerScripts.class, RUNTIME, "universo-playcanvas.js");
    }

    @Override
    public List<Script> scripts(GenerationContext context) {
        return "multi".equals(context.settings().path("mode").asText()) ? List.of(script) : List.of();
    }
}
