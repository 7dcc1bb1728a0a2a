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

    /** POST /resources/{id}/versions: a new draft. */
    @JsonSchemaRef("resources/VersionCreate.schema.json")
    public record VersionCreate(String version, String unit, Double massKg, Double volumeM3, Long cost) {
    }

    /** PATCH /resource-versions/{id}: drafts only. */
    @JsonSchemaRef("resources/VersionPatch.schema.json")
    public record VersionPatch(String unit, Double massKg, Double volumeM3, Long cost) {
    }

    /** POST /resource-versions/{id}/bom */
    @JsonSchemaRef("resources/BomLineCreate.schema.json")
    public record BomLineCreate(String childVersionId, double qty, String unit, Boolean optional, String altGroup) {
    }
}
