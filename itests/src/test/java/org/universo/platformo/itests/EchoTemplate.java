package org.universo.platformo.itests;

import java.util.List;
import java.util.Map;
import org.universo.platformo.template.Target;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.template.spi.ArtifactWriter;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.template.spi.TemplatePlugin;

/** A test template: writes what it was given into index.html; can be slow (delayMs) or fail on request. */
final class EchoTemplate implements TemplatePlugin {
    static final String ID = "itest-echo";
    private final String version;
    /** How many times this instance generated: builds of one input must generate once. */
    final java.util.concurrent.atomic.AtomicInteger generations = new java.util.concurrent.atomic.AtomicInteger();

    EchoTemplate(String version) {
        this.version = version;
    }

    @Override
    public TemplateManifest manifest() {
        return new TemplateManifest(ID, "Echo", version, Target.OTHER, "Echoes its input", List.of("Space"), "[0.1,1)",
                Map.of());
    }

    @Override
    public String settingsSchemaPath() {
        return "itest/echo-settings.schema.json";
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Override
    public void generate(GenerationContext context, ArtifactWriter out) throws Exception {
        long until = System.currentTimeMillis() + context.settings().path("delayMs").asLong();
        while (System.currentTimeMillis() < until) {
            context.checkCancelled();
            Thread.sleep(50);
        }
        if (context.settings().path("fail").asBoolean()) {
            throw new IllegalStateException("asked to fail");
        }
        if (context.settings().path("overflow").asBoolean()) {
            recurse(0);
        }
        generations.incrementAndGet();
        context.log("echo " + version);
        StringBuilder page = new StringBuilder("<!doctype html><title>" + context.settings().path("greeting").asText()
                + "</title><p>space " + context.spaceId() + " v" + context.spaceVersion() + ", template " + version
                + ", nodes " + context.graph().canvases().get(0).nodes().size() + ", api " + context.profile().apiUrl());
        for (ScriptContributor c : context.scriptContributors()) {
            for (ScriptContributor.Script s : c.scripts(context)) {
                out.addText("scripts/" + s.name(), s.source());
                page.append("<script src=\"scripts/").append(s.name()).append("\"></script>");
            }
        }
        out.addText("index.html", page.toString());
    }
}
