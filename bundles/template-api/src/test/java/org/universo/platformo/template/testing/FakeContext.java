package org.universo.platformo.template.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.spi.AssetContributor;
import org.universo.platformo.template.spi.GenerationContext;
import org.universo.platformo.template.spi.SceneContributor;
import org.universo.platformo.template.spi.ScriptContributor;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/** A generation context for template unit tests: fixed inputs, contributors as given, log lines collected. */
public record FakeContext(SpaceGraph graph, JsonNode settings, List<SceneContributor> sceneContributors,
        List<AssetContributor> assetContributors, List<ScriptContributor> scriptContributors, List<String> lines)
        implements GenerationContext {

    public static final EnvironmentProfile PROFILE = new EnvironmentProfile("dev", "http://localhost:8181/api/v1",
            "ws://localhost:8181/ws");

    public FakeContext(SpaceGraph graph, JsonNode settings) {
        this(graph, settings, List.of(), List.of(), List.of(), new ArrayList<>());
    }

    @Override
    public String spaceId() {
        return "space-1";
    }

    @Override
    public int spaceVersion() {
        return 3;
    }

    @Override
    public List<ResolvedSpace> linked() {
        return List.of();
    }

    @Override
    public EnvironmentProfile profile() {
        return PROFILE;
    }

    @Override
    public String runtimeVersion() {
        return "0.1.0";
    }

    @Override
    public void log(String message) {
        lines.add(message);
    }

    @Override
    public void checkCancelled() {
    }
}
