package org.universo.platformo.combat;

import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * One shot through the REST API: the caller's attacker entity fires a weapon fitted to it at a target of the same
 * world. {@code tClient} (the client's clock, ms) is recorded in the events; positions are the stored ones.
 */
@JsonSchemaRef("combat/Apply.schema.json")
public record Apply(String attackerId, String targetId, String weaponId, Long tClient) {
}
