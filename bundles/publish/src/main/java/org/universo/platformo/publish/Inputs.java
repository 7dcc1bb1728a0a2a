package org.universo.platformo.publish;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request bodies of the publication API, each checked against its JSON Schema before binding. */
public final class Inputs {
    private Inputs() {
    }

    /** POST /publications */
    @JsonSchemaRef("publication/PublicationCreate.schema.json")
    public record PublicationCreate(String spaceId, String slug, String name, String visibility) {
    }

    /** PATCH /publications/{id} */
    @JsonSchemaRef("publication/PublicationPatch.schema.json")
    public record PublicationPatch(String name, String visibility) {
    }

    /** POST /publications/{id}/versions: publish a succeeded build of the publication's space. */
    @JsonSchemaRef("publication/VersionCreate.schema.json")
    public record VersionCreate(String buildId, String status, String label, String notes) {
    }

    /** PATCH /publications/{id}/versions/{n} */
    @JsonSchemaRef("publication/VersionPatch.schema.json")
    public record VersionPatch(String status, String label, String notes) {
    }

    /** POST /publications/{id}/activate */
    @JsonSchemaRef("publication/Activate.schema.json")
    public record Activate(int version) {
    }

    /** POST /publications/{id}/versions/{n}/preview-links */
    @JsonSchemaRef("publication/PreviewCreate.schema.json")
    public record PreviewCreate(Integer ttlSeconds) {
    }

    /** PUT /publications/{id}/members/{userId} */
    @JsonSchemaRef("publication/MemberSet.schema.json")
    public record MemberSet(String role) {
    }

    /** POST /apps/{slug}/leads: sent by a published app, without signing in. */
    @JsonSchemaRef("publication/LeadSubmit.schema.json")
    public record LeadSubmit(String name, String email, String phone, Integer points) {
    }
}
