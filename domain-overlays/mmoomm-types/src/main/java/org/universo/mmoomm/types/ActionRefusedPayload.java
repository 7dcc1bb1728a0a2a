package org.universo.mmoomm.types;

/**
 * {@link MmoommTopics#ACTION_REFUSED}: the server did not do what the player asked ({@code action}: mine, dock, sell,
 * jump); {@code reason} is a stable snake_case word, {@code message} says why for people. Nothing changed.
 */
public record ActionRefusedPayload(String action, String reason, String message) {
}
