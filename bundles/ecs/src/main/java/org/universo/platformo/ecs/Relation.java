package org.universo.platformo.ecs;

/** A typed link from one entity to another of the same world (e.g. {@code docked_at}, {@code targets}). */
public record Relation(String kind, String toId) {
}
