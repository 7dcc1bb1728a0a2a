package org.universo.platformo.persistence;

import java.util.List;

/** What a migration run did: versions applied now and the schema's version afterwards. */
public record MigrationReport(String schema, List<Integer> applied, int currentVersion) {
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
