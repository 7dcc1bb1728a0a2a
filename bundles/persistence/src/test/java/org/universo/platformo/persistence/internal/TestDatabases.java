package org.universo.platformo.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The two real databases the tests run against: an H2 file and the local PostgreSQL. */
final class TestDatabases {
    static final String PG_URL = System.getProperty("universo.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("universo.test.pg.user", "postgres");

    private TestDatabases() {
    }

    static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        return ds;
    }

    static DataSource postgres() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(PG_URL);
        ds.setUser(PG_USER);
        return ds;
    }

    static void dropSchema(DataSource ds, String schema) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    static String uniqueSchema(String prefix) {
        return prefix + "_" + Long.toHexString(System.nanoTime());
    }

    static boolean postgresAvailable() {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
