package org.universo.platformo.auth.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /auth/login */
@JsonSchemaRef("auth/LoginRequest.schema.json")
public record LoginRequest(String email, String password) {
}
