package org.universo.platformo.auth.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** POST /auth/handoff/redeem */
@JsonSchemaRef("auth/RedeemRequest.schema.json")
public record RedeemRequest(String code) {
}
