package org.universo.platformo.spacegame.rooms.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Universo space game in rooms",
        description = "Ships and combat in realtime rooms (etc/org.universo.platformo.spacegame.rooms.cfg)")
public @interface SpacegameRoomsConfig {

    @AttributeDefinition(description = "Id of the weapon a ship without a fitting fires")
    String weapon_id() default "laser";

    @AttributeDefinition(description = "Its range in metres")
    double weapon_range() default 2000;

    @AttributeDefinition(description = "Its thermal damage per hit")
    double weapon_damage() default 10;

    @AttributeDefinition(description = "Its cooldown between shots, ms")
    long weapon_cooldown_ms() default 250;

    @AttributeDefinition(description = "Hull of a ship without a fitting")
    double hull() default 100;

    @AttributeDefinition(description = "Energy per second a fitted ship spends at full thrust")
    double thrust_energy_drain() default 5;
}
