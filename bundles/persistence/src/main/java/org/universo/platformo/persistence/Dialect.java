package org.universo.platformo.persistence;

import java.util.Locale;

/** Databases the platform runs on: PostgreSQL in production, H2 embedded as the zero-install default. */
public enum Dialect {
    POSTGRESQL("JSONB"),
    H2("JSON");

    private final String jsonType;

    Dialect(String jsonType) {
        this.jsonType = jsonType;
    }

    /** Column type used for JSON documents, substituted for {@code ${json}} in migrations. */
    public String jsonType() {
        return jsonType;
    }

    /** Lower-case name used in dialect-specific migration file names ({@code V2__x.postgresql.sql}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps a JDBC {@code DatabaseMetaData.getDatabaseProductName()} to a dialect. */
    public static Dialect fromProductName(String product) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Unsupported database: " + product + " (use PostgreSQL or H2)");
    }
}
