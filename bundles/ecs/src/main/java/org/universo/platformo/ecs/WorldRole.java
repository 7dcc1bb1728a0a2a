package org.universo.platformo.ecs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a user may do in a world, strongest first. An editor changes the designed part of the world (its entities,
 * whoever created them); a player joins its rooms and acts through what it owns there; none sees nothing of it.
 */
public enum WorldRole {
    EDITOR, PLAYER, NONE;

    /** Whether this role includes everything {@code other} may do. */
    public boolean atLeast(WorldRole other) {
        return ordinal() <= other.ordinal();
    }

    /** The stronger of the two. */
    public WorldRole or(WorldRole other) {
        return atLeast(other) ? this : other;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
