package org.universo.platformo.template.build;

import com.fasterxml.jackson.databind.JsonNode;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /builds/preview: generate an app now, without a job or a stored artifact; version 0 is the draft. */
@JsonSchemaRef("build/PreviewRequest.schema.json")
public record PreviewRequest(String spaceId, int version, String templateId, JsonNode settings, String profile) {
}
