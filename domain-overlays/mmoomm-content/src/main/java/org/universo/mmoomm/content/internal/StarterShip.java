package org.universo.mmoomm.content.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Body of POST /api/v1/mmoomm/ships: the caller's ship in a world they may play in. */
@JsonSchemaRef("mmoomm/StarterShip.schema.json")
public record StarterShip(String worldId) {
}
