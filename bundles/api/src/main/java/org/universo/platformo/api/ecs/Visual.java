package org.universo.platformo.api.ecs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Pattern;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Component telling clients how to render an entity: a model reference, an optional tint
 * ({@code #rrggbb}) and an optional visual state such as {@code "damaged"}.
 */
@JsonSchemaRef("ecs/Visual.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Visual(String model, String color, String state) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Visual {
        Checks.nonBlank(model, "Visual.model");
        if (color != null) {
            Checks.matches(color, COLOR, "Visual.color");
        }
        Checks.optionalNonBlank(state, "Visual.state");
    }

    public static Visual of(String model) {
        return new Visual(model, null, null);
    }
}
