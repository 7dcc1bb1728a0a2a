package org.universo.mmoomm.types;

/** {@link MmoommTopics#GATE_JUMP}: a ship went through a gate to another world. */
public record GateJumpPayload(String entityId, String gateId, String fromWorldId, String toWorldId) {
}
