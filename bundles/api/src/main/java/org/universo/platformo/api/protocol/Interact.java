package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request to perform a named interaction (dock, loot, talk...), optionally with a target. */
@JsonSchemaRef("protocol/Interact.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interact(String action, String targetId) {

    public Interact {
        Checks.nonBlank(action, "Interact.action");
        Checks.optionalNonBlank(targetId, "Interact.targetId");
    }
}
