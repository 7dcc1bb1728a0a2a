package org.universo.platformo.spaceworlds;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /api/v1/space-worlds/{spaceId}: the version to open as the space's world (0: the draft). */
@JsonSchemaRef("spaceworlds/WorldOpen.schema.json")
public record WorldOpen(Integer version) {
}
