package org.universo.platformo.auth.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** Answer of POST /auth/handoff: a one-time code good for {@code expiresIn} seconds. */
@JsonSchemaRef("auth/Handoff.schema.json")
public record Handoff(String code, long expiresIn) {
}
