package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request to fire a weapon, optionally at a locked target. */
@JsonSchemaRef("protocol/Fire.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fire(String weaponId, String targetId) {

    public Fire {
        Checks.nonBlank(weaponId, "Fire.weaponId");
        Checks.optionalNonBlank(targetId, "Fire.targetId");
    }
}
