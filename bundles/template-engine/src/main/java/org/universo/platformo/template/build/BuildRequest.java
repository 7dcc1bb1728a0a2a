package org.universo.platformo.template.build;

import com.fasterxml.jackson.databind.JsonNode;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /builds: build version {@code version} of a space with a template, its settings and an environment profile. */
@JsonSchemaRef("build/BuildRequest.schema.json")
public record BuildRequest(String spaceId, int version, String templateId, JsonNode settings, String profile) {
}
