package org.universo.platformo.client.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private final String source;

    @Activate
    public MultiplayerScripts() {
        try (InputStream in = MultiplayerScripts.class.getClassLoader().getResourceAsStream(RUNTIME)) {
            if (in == null) {
                throw new IllegalStateException(RUNTIME + " is missing from the bundle");
            }
            this.source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Script> scripts(GenerationContext context) {
        return "multi".equals(context.settings().path("mode").asText()) ? List.of(new Script("universo-playcanvas.js",
                source)) : List.of();
    }
}
