package org.universo.mmoomm.content.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Body of POST /api/v1/mmoomm/mining/cycle: the caller's ship mines an asteroid of its world. */
@JsonSchemaRef("mmoomm/MiningCycle.schema.json")
public record MiningCycle(String shipId, String asteroidId) {
}
