package org.universo.platformo.auth.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /auth/refresh */
@JsonSchemaRef("auth/RefreshRequest.schema.json")
public record RefreshRequest(String refreshToken) {
}
