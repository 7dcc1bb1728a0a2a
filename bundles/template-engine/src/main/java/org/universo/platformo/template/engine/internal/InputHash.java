package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.template.EnvironmentProfile;
import org.universo.platformo.template.TemplateManifest;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.SpaceGraphJson;
import org.universo.platformo.updl.link.ResolvedSpace;

/**
 * SHA-256 over the canonical JSON of everything a build depends on: the space version and every linked version with
 * the digests of their graphs, the template id and version, the settings with defaults, the profile, the client
 * runtime and the contributors targeting the template.
 */
final class InputHash {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Canonical canonical = new Canonical(mapper);

    String of(PublishableSpace space, TemplateManifest template, JsonNode settings, EnvironmentProfile profile,
            String runtimeVersion, String contributors) {
        return of(space, digest(space.graph()), template, settings, profile, runtimeVersion, contributors);
    }

    /** {@code rootDigest} is {@link #digest} of the space's own graph, which callers may have kept from before. */
    String of(PublishableSpace space, String rootDigest, TemplateManifest template, JsonNode settings,
            EnvironmentProfile profile, String runtimeVersion, String contributors) {
        ObjectNode input = mapper.createObjectNode();
        input.put("spaceId", space.spaceId()).put("version", space.version()).put("graph", rootDigest);
        var linked = input.putArray("linked");
        for (ResolvedSpace s : space.linked()) {
            linked.addObject().put("spaceId", s.spaceId()).put("version", s.version()).put("graph", digest(s.graph()));
        }
        input.putObject("template").put("id", template.id()).put("version", template.version());
        input.set("settings", settings);
        input.set("profile", mapper.valueToTree(profile));
        input.put("runtime", runtimeVersion);
        input.put("contributors", contributors);
        return canonical.sha256(input);
    }

    /** SHA-256 of the canonical JSON of a graph. */
    String digest(SpaceGraph graph) {
        return canonical.sha256(SpaceGraphJson.tree(graph));
    }
}
