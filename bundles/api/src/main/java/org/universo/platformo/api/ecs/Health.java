package org.universo.platformo.api.ecs;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Component for damageable entities. The schema can bound each value but cannot express
 * {@code current <= max}; that rule is enforced here.
 */
@JsonSchemaRef("ecs/Health.schema.json")
public record Health(double current, double max) {

    public Health {
        Checks.finite(max, "Health.max");
        if (!(max > 0)) {
            throw new IllegalArgumentException("Health.max must be > 0: " + max);
        }
        Checks.within(current, 0, max, "Health.current");
    }
}
