package org.universo.platformo.updl.link;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** A space at a version; {@code version} is null only for the root when it is a draft. */
@JsonSchemaRef("updl/SpaceRef.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpaceRef(String spaceId, Integer version) {

    public SpaceRef {
        if (spaceId == null || spaceId.isBlank()) {
            throw new IllegalArgumentException("SpaceRef.spaceId is required");
        }
        if (version != null && version < 1) {
            throw new IllegalArgumentException("SpaceRef.version must be >= 1: " + version);
        }
    }

    @Override
    public String toString() {
        return spaceId + "@" + (version == null ? "draft" : version);
    }
}
