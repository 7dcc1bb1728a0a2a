package org.universo.platformo.client.sdk.internal;

import java.util.List;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/**
 * Puts the platform's sign-in runtime ({@code window.UNIVERSO_SESSION}: hand-off codes from the editor's Play, the
 * sign-in and registration form, silent renewal) into every published app, whatever its template, ahead of the other
 * scripts. Its endpoints come from the app's environment profile ({@code window.UNIVERSO.apiUrl}).
 */
@Component(service = ScriptContributor.class, property = {TemplatePlugin.TARGET_PROPERTY + "="
        + TemplatePlugin.EVERY_TEMPLATE, Constants.SERVICE_RANKING + ":Integer=1000"})
public final class SessionScript implements ScriptContributor {
    static final String RUNTIME = "UNIVERSO-INF/client/universo-session.js";
    private final Script script;

    @Activate
    public SessionScript() {
        this.script = Script.fromResource(SessionScript.class, RUNTIME, "universo-session.js");
    }

    @Override
    public List<Script> scripts(GenerationContext context) {
        return List.of(script);
    }
}
