package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/** The context of one generation: fixed inputs, contributor snapshot, a log sink and a cancellation flag. */
record Generation(PublishableSpace space, JsonNode settings, EnvironmentProfile profile, String runtimeVersion,
        List<SceneContributor> sceneContributors, List<AssetContributor> assetContributors,
        List<ScriptContributor> scriptContributors, Consumer<String> logSink, BooleanSupplier cancelled)
        implements GenerationContext {

    @Override
    public String spaceId() {
        return space.spaceId();
    }

    @Override
    public int spaceVersion() {
        return space.version();
    }

    @Override
    public SpaceGraph graph() {
        return space.graph();
    }

    @Override
    public List<ResolvedSpace> linked() {
        return space.linked();
    }

    @Override
    public JsonNode settings() {
        return settings.deepCopy();
    }

    @Override
    public void log(String message) {
        logSink.accept(message);
    }

    @Override
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The build was cancelled");
        }
    }
}
