package org.universo.platformo.ecs;

/**
 * Totals of an entity and everything below it. Each entity counts its resource version's own mass, volume and cost
 * times its amount (its {@code Quantity} component, else 1), plus its children's totals times the same amount.
 */
public record TreeTotals(double massKg, double volumeM3, double cost, int entities) {
}
