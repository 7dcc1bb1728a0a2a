package org.universo.mmoomm.content.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Body of POST /api/v1/mmoomm/gates/jump: the caller's ship goes through a gate of its world. */
@JsonSchemaRef("mmoomm/GateJump.schema.json")
public record GateJump(String shipId, String gateId) {
}
