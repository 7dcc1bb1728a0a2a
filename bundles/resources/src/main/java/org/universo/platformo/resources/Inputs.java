package org.universo.platformo.resources;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request bodies of the catalog API, each checked against its JSON Schema before binding. */
public final class Inputs {
    private Inputs() {
    }

    /** POST /resources */
    @JsonSchemaRef("resources/ResourceCreate.schema.json")
    public record ResourceCreate(String code, String name, String category, String description) {
    }

    /** PATCH /resources/{id} */
    @JsonSchemaRef("resources/ResourcePatch.schema.json")
    public record ResourcePatch(String name, String category, String description) {
    }
}
