package org.universo.platformo.combat;

/** The answer to one REST shot: what it did, the target's new Integrity version and the attacker's energy left. */
public record Shot(String attackerId, String targetId, Hit hit, long integrityVersion, double energyLeft) {
}
