package org.universo.mmoomm.types;

/** {@link MmoommTopics#MINING_YIELD}: one mining cycle moved ore from an asteroid into a ship's cargo. */
public record MiningYieldPayload(String shipId, String asteroidId, String materialId, double massKg, double volumeM3,
        double cargoUsedM3) {
}
