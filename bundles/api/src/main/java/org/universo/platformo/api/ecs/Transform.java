package org.universo.platformo.api.ecs;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** Component placing an entity in its world. */
@JsonSchemaRef("ecs/Transform.schema.json")
public record Transform(Vec3 position, Quat rotation, Vec3 scale) {

    public Transform {
        Checks.present(position, "Transform.position");
        Checks.present(rotation, "Transform.rotation");
        Checks.present(scale, "Transform.scale");
    }

    /** Unrotated, unscaled transform at {@code position}. */
    public static Transform at(Vec3 position) {
        return new Transform(position, Quat.IDENTITY, Vec3.ONE);
    }
}
