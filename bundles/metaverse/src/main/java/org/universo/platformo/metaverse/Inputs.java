package org.universo.platformo.metaverse;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request bodies of the metaverse API; each is validated against its JSON Schema before binding. */
public final class Inputs {
    private Inputs() {
    }

    /** POST /metaverses */
    @JsonSchemaRef("metaverse/MetaverseCreate.schema.json")
    public record MetaverseCreate(String name, String description, String visibility) {
    }

    /** PATCH /metaverses/{id}: absent fields stay as they are. */
    @JsonSchemaRef("metaverse/MetaversePatch.schema.json")
    public record MetaversePatch(String name, String description, String visibility) {
    }

    /** POST /uniks, POST /uniks/{id}/spaces */
    @JsonSchemaRef("metaverse/NamedCreate.schema.json")
    public record NamedCreate(String name, String description) {
    }

    /** PATCH /uniks/{id}, PATCH /uniks/{id}/spaces/{spaceId} */
    @JsonSchemaRef("metaverse/NamedPatch.schema.json")
    public record NamedPatch(String name, String description) {
    }

    /** POST /metaverses/{id}/links */
    @JsonSchemaRef("metaverse/LinkCreate.schema.json")
    public record LinkCreate(String targetId, String kind) {
    }

    /** PUT /metaverses/{id}/members/{userId}, PUT /uniks/{id}/members/{userId} */
    @JsonSchemaRef("metaverse/MemberSet.schema.json")
    public record MemberSet(Role role) {
    }

    /** PUT /spaces/{id}/draft: the revision the client edited (0 for the first save) and the new graph. */
    @JsonSchemaRef("metaverse/DraftSave.schema.json")
    public record DraftSave(long revision, com.fasterxml.jackson.databind.JsonNode graph) {
    }

    /** POST /spaces/{id}/versions */
    @JsonSchemaRef("metaverse/VersionCreate.schema.json")
    public record VersionCreate(String label, String comment) {
    }

    /** POST /metaverses/{id}/spaces */
    @JsonSchemaRef("metaverse/SpaceListing.schema.json")
    public record SpaceListing(String spaceId) {
    }

    /** POST /spaces/{id}/canvases/upstream: an upstream canvas file added to the draft at {@code revision}. */
    @JsonSchemaRef("metaverse/UpstreamImport.schema.json")
    public record UpstreamImport(long revision, String name, String canvasId,
            com.fasterxml.jackson.databind.JsonNode canvas) {
    }

    /** PUT /spaces/{id}/canvases/{canvasId}/diagram: the new diagram layer of a draft canvas. */
    @JsonSchemaRef("metaverse/DiagramSave.schema.json")
    public record DiagramSave(long revision, com.fasterxml.jackson.databind.JsonNode diagram) {
    }
}
