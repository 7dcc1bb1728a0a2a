package org.universo.mmoomm.content.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Body of POST /api/v1/mmoomm/cargo/unload: whole kg of a material from the caller's ship into a ledger account. */
@JsonSchemaRef("mmoomm/UnloadCargo.schema.json")
public record UnloadCargo(String shipId, String materialId, long quantityKg, String accountId) {
}
