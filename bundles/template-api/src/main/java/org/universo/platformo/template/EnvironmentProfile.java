package org.universo.platformo.template;

import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Where a published app talks to: the REST and WebSocket endpoints of one environment ({@code dev}, {@code stage},
 * {@code prod}). Only these public endpoints reach a client bundle; secrets never do.
 */
@JsonSchemaRef("template/EnvironmentProfile.schema.json")
public record EnvironmentProfile(String name, String apiUrl, String wsUrl) {
}
