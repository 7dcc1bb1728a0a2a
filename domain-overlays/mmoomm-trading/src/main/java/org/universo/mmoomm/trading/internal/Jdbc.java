package org.universo.mmoomm.trading.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Transactions on the platform pool. */
final class Jdbc {
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource ds;

    Jdbc(DataSource ds) {
        this.ds = ds;
    }

    <T> T tx(Work<T> work) {
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
            throw new IllegalStateException("Market store: " + e.getMessage(), e);
        }
    }
}
