package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Request to activate a fitted module; {@code params} are module specific and validated by the module. */
@JsonSchemaRef("protocol/UseModule.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UseModule(String moduleId, Map<String, Object> params) {

    public UseModule {
        Checks.nonBlank(moduleId, "UseModule.moduleId");
        params = Checks.mapCopy(params);
    }
}
