package org.universo.platformo.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * What a template declares about itself. {@code version} is the template's own semantic version (builds record it);
 * {@code platformApi} is the OSGi-style range of the template API it was built against, e.g. {@code [0.1,1)};
 * {@code nodeTypes} lists the UPDL node types it renders (others are ignored with a log line); {@code engines} names
 * the client engines it ships and their versions, e.g. {@code aframe: 1.8.0}.
 */
@JsonSchemaRef("template/TemplateManifest.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateManifest(String id, String name, String version, Target target, String description,
        List<String> nodeTypes, String platformApi, Map<String, String> engines) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    public TemplateManifest {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Template id must match " + ID + ": " + id);
        }
        if (version == null || !SEMVER.matcher(version).matches()) {
            throw new IllegalArgumentException("Template " + id + " needs a semantic version: " + version);
        }
        if (name == null || name.isBlank() || target == null || platformApi == null || platformApi.isBlank()) {
            throw new IllegalArgumentException("Template " + id + " needs a name, a target and a platformApi range");
        }
        nodeTypes = nodeTypes == null ? List.of() : List.copyOf(nodeTypes);
        engines = engines == null ? Map.of() : Map.copyOf(engines);
    }
}
