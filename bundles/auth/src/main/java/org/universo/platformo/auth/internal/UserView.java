package org.universo.platformo.auth.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** A user as the API shows it to that same user: never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSchemaRef("auth/UserView.schema.json")
public record UserView(String id, String email, String displayName, Set<String> roles, Instant createdAt) {
}
