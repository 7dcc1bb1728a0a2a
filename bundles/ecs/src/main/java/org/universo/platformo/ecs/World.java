package org.universo.platformo.ecs;

import java.time.Instant;

/**
 * A world: the entities sharing one {@code worldId}, with an owner and a visibility. The owner is a user
 * ({@code ownerKind} "user") or anything a {@link org.universo.platformo.ecs.spi.WorldOwners} service answers for
 * (a unik, say). A public world admits every signed-in user as a player; a private one only those its owner admits.
 * {@code role} is the caller's, where the world is shown to one.
 */
public record World(String id, String name, String ownerKind, String ownerId, Visibility visibility, WorldRole role,
        Instant createdAt) {

    public static final String OWNER_USER = "user";

    public enum Visibility {
        PRIVATE, PUBLIC;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Visibility fromWire(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The same world as seen by a user of {@code role}. */
    public World as(WorldRole r) {
        return new World(id, name, ownerKind, ownerId, visibility, r, createdAt);
    }
}
