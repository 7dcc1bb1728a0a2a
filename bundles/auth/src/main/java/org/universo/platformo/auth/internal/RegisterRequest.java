package org.universo.platformo.auth.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /auth/register */
@JsonSchemaRef("auth/RegisterRequest.schema.json")
public record RegisterRequest(String email, String password, String displayName) {
}
