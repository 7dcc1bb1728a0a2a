package org.universo.platformo.template.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.ResolvedSpace;

/** Everything a generator may use; nothing else (no clock, no network) so that builds are reproducible. */
@ProviderType
public interface GenerationContext {

    String spaceId();

    int spaceVersion();

    SpaceGraph graph();

    /** The spaces the graph includes through link nodes, resolved at build time, in discovery order. */
    List<ResolvedSpace> linked();

    /** The settings, validated against the template's schema, with its defaults filled in. */
    JsonNode settings();

    EnvironmentProfile profile();

    /** Version of the client runtime injected into apps, part of the build's input hash. */
    String runtimeVersion();

    /** Contributors that target this template, highest service ranking first. */
    List<SceneContributor> sceneContributors();

    List<AssetContributor> assetContributors();

    List<ScriptContributor> scriptContributors();

    /** A line in the build's log, shown to the creator. */
    void log(String message);

    /** Throws {@link java.util.concurrent.CancellationException} when the build was cancelled; call it between steps. */
    void checkCancelled();
}
