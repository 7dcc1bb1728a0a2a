package org.universo.platformo.resources;

import java.time.Instant;

/** A catalog entry. Its code is unique and never changes; versions carry what changes over time. */
public record Resource(String id, String code, String name, String category, String description, String createdBy,
        Instant createdAt, Instant updatedAt) {
}
