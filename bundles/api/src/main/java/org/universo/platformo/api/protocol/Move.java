package org.universo.platformo.api.protocol;

import org.universo.platformo.api.Checks;
import org.universo.platformo.api.ecs.Vec3;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Normalized control input: thrust per local axis and yaw/pitch/roll rates, each in [-1, 1]. The server
 * scales them by the entity's capabilities, so clients can never ask for more than full throttle.
 */
@JsonSchemaRef("protocol/Move.schema.json")
public record Move(Vec3 thrust, double yaw, double pitch, double roll) {

    public Move {
        Checks.present(thrust, "Move.thrust");
        Checks.within(thrust.x(), -1, 1, "Move.thrust.x");
        Checks.within(thrust.y(), -1, 1, "Move.thrust.y");
        Checks.within(thrust.z(), -1, 1, "Move.thrust.z");
        Checks.within(yaw, -1, 1, "Move.yaw");
        Checks.within(pitch, -1, 1, "Move.pitch");
        Checks.within(roll, -1, 1, "Move.roll");
    }
}
