package org.universo.platformo.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC on the platform's pool ({@link Database#dataSource()}), for stores whose writes JPA would do row by row:
 * one transaction or one read-only connection per call. A database fault becomes an {@link IllegalStateException}
 * naming the store; what the work throws otherwise passes through, after the rollback.
 */
public final class Jdbc {
    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource ds;
    private final String store;

    /** {@code store} names the store in fault messages ("Entity store", "Market store"). */
    public Jdbc(DataSource ds, String store) {
        this.ds = ds;
        this.store = store;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (RuntimeException | SQLException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(store + ": " + e.getMessage(), e);
        }
    }

    /** Runs the work on a read-only connection. */
    public <T> T read(Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(store + ": " + e.getMessage(), e);
        }
    }
}
