package org.universo.platformo.template.build;

import java.time.Instant;

/** An unsaved app kept in memory for a few minutes; {@code url} opens it without signing in, like a preview link. */
public record Preview(String url, Instant expiresAt, int files, long bytes, long durationMs) {
}
