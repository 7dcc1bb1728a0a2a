package org.universo.platformo.api.ecs;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A rotation quaternion, scalar part last. Unit length is expected but not enforced, because floating
 * point drift would otherwise reject legitimate values.
 */
@JsonSchemaRef("ecs/Quat.schema.json")
public record Quat(double x, double y, double z, double w) {

    public static final Quat IDENTITY = new Quat(0, 0, 0, 1);

    public Quat {
        Checks.finite(x, "Quat.x");
        Checks.finite(y, "Quat.y");
        Checks.finite(z, "Quat.z");
        Checks.finite(w, "Quat.w");
    }
}
