package org.universo.platformo.api.ecs;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** A 3D vector in world units (positions, velocities, scales). */
@JsonSchemaRef("ecs/Vec3.schema.json")
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    /** Neutral scale. */
    public static final Vec3 ONE = new Vec3(1, 1, 1);

    public Vec3 {
        Checks.finite(x, "Vec3.x");
        Checks.finite(y, "Vec3.y");
        Checks.finite(z, "Vec3.z");
    }
}
