package org.universo.platformo.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Contact details a visitor left in a published app. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lead(String id, Instant at, String name, String email, String phone, Integer points) {
}
