package org.universo.platformo.publish;

import java.time.Instant;

/** A link that opens one version, released or not, until {@code expiresAt}; whoever has it can open it. */
public record PreviewLink(String url, int version, Instant expiresAt) {
}
