package org.universo.platformo.template;

import com.fasterxml.jackson.databind.JsonNode;

/** An installed template as clients see it: its manifest and the JSON Schema of its settings (drawn as a form). */
public record TemplateInfo(TemplateManifest manifest, JsonNode settingsSchema) {
}
