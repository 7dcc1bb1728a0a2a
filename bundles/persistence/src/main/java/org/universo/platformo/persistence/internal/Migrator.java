package org.universo.platformo.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.persistence.Dialect;
import org.universo.platformo.persistence.MigrationException;
import org.universo.platformo.persistence.MigrationReport;

/**
 * Applies versioned scripts to one schema and records them in {@code <schema>.schema_history}. Several nodes
 * may start at once against one PostgreSQL: an advisory lock per schema serialises them.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** History row that records an H2 schema's text columns count characters (see {@link H2TextWidth}). */
    static final int H2_TEXT_WIDTH = 0;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Object localLock = new Object();

    Migrator(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    MigrationReport migrate(String schema, List<Migration> found) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new MigrationException("Invalid schema name: " + schema);
        }
        TreeMap<Integer, Migration> plan = select(found);
        synchronized (localLock) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                lock(c, schema);
                ensureHistory(c, schema);
                Map<Integer, String> applied = applied(c, schema);
                if (dialect == Dialect.H2 && !applied.containsKey(H2_TEXT_WIDTH)) {
                    H2TextWidth.adopt(c, schema, !applied.isEmpty());
                    applied.put(H2_TEXT_WIDTH, H2TextWidth.CHECKSUM);
                }
                c.commit();
                List<Integer> now = new ArrayList<>();
                for (Migration m : plan.values()) {
                    String known = applied.get(m.version());
                    if (known == null) {
                        apply(c, schema, m);
                        now.add(m.version());
                    } else if (!known.equals(m.checksum())) {
                        throw new MigrationException("Migration " + schema + " V" + m.version()
                                + " was changed after it was applied (checksum differs); add a new version instead");
                    }
                }
                int current = Math.max(plan.isEmpty() ? 0 : plan.lastKey(),
                        applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
                if (!now.isEmpty()) {
                    LOG.info("Schema {} migrated to version {} (applied {})", schema, current, now);
                }
                return new MigrationReport(schema, now, current);
            } catch (SQLException e) {
                throw new MigrationException("Migration of schema " + schema + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Per version, the script for this dialect wins over the generic one. */
    private TreeMap<Integer, Migration> select(List<Migration> found) {
        TreeMap<Integer, Migration> plan = new TreeMap<>();
        Map<String, Migration> seen = new HashMap<>();
        for (Migration m : found) {
            if (m.dialect() != null && !m.dialect().equals(dialect.id())) {
                continue;
            }
            if (seen.put(m.version() + "/" + m.dialect(), m) != null) {
                throw new MigrationException("Two migrations with version " + m.version());
            }
            Migration prev = plan.get(m.version());
            if (prev == null || prev.dialect() == null) {
                plan.put(m.version(), m);
            }
        }
        return plan;
    }

    private void lock(Connection c, String schema) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                ps.setString(1, "universo.migrate." + schema);
                ps.execute();
            }
        }
    }

    private void ensureHistory(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute("CREATE TABLE IF NOT EXISTS " + schema + ".schema_history (version INT PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, "
                    + "execution_ms BIGINT NOT NULL)");
        }
    }

    private static Map<Integer, String> applied(Connection c, String schema) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + schema + ".schema_history")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    private void apply(Connection c, String schema, Migration m) throws SQLException {
        long start = System.nanoTime();
        String sql = m.sql().replace("${json}", dialect.jsonType()).replace("${schema}", schema);
        if (dialect == Dialect.H2) {
            sql = H2TextWidth.widen(sql);
        }
        try (Statement s = c.createStatement()) {
            lock(c, schema);
            for (String stmt : SqlScript.split(sql)) {
                s.execute(stmt);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema
                    + ".schema_history (version, description, checksum, execution_ms) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                ps.setString(3, m.checksum());
                ps.setLong(4, (System.nanoTime() - start) / 1_000_000);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationException("Migration " + schema + " V" + m.version() + " (" + m.description()
                    + ") failed: " + e.getMessage(), e);
        }
    }
}
