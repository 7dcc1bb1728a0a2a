package org.universo.platformo.realtime.spi;

import java.util.Map;

/**
 * How a player's avatar is made: the stored entity it stands for (null: none; when that entity leaves the world,
 * the player follows it), its movement limits (null: the room's) and the components clients see on it (an avatar that
 * is the player's own stored entity keeps those it has).
 */
public record AvatarFit(String entityId, AvatarLimits limits, Map<String, Object> replicated) {
    public AvatarFit {
        replicated = replicated == null ? Map.of() : Map.copyOf(replicated);
    }
}
