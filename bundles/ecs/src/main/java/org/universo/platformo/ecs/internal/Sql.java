package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.universo.platformo.persistence.Dialect;
import org.universo.platformo.persistence.Jdbc;

/** Plain JDBC on the platform's pool: the entity tables are written in bulk, which JPA would do row by row. */
final class Sql {
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Jdbc jdbc;
    private final Dialect dialect;

    Sql(DataSource ds, Dialect dialect) {
        this.jdbc = new Jdbc(ds, "Entity store");
        this.dialect = dialect;
    }

    /** The placeholder of a JSON parameter bound as text: each database parses text into JSON its own way. */
    String json() {
        return dialect == Dialect.POSTGRESQL ? "CAST(? AS JSONB)" : "? FORMAT JSON";
    }

    <T> T tx(Work<T> work) {
        return jdbc.tx(work::run);
    }

    <T> T read(Work<T> work) {
        return jdbc.read(work::run);
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            ps.setObject(i + 1, v instanceof Instant t ? Timestamp.from(t) : v);
        }
    }

    /** Locks entity rows in id order, the order every writer of entities takes them in. */
    static void lockEntities(Connection c, String... ids) throws SQLException {
        for (String id : new java.util.TreeSet<>(java.util.Arrays.asList(ids))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ecs.entities WHERE id = ? FOR UPDATE")) {
                ps.setString(1, id);
                ps.executeQuery().close();
            }
        }
    }

    /** {@code ?, ?, ?} for an IN list of n values. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
