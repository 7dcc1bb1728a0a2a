package org.universo.platformo.ecs;

/** The answer to an instantiation: the root entity and how many entities were made in all. */
public record Instantiated(EntityView root, int entities, int keptAsQuantity) {
}
