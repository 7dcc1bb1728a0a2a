package org.universo.platformo.auth.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** What sign-in and refresh return: a short-lived bearer access token and the next refresh token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSchemaRef("auth/TokenPair.schema.json")
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {
}
