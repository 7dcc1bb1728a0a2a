package org.universo.platformo.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import javax.sql.DataSource;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.Dialect;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.MigrationReport;
import org.universo.platformo.persistence.UnitOption;

/** The platform database over one DataSource; built by {@link DatabaseConnector} once the database answers. */
public final class JdbcDatabase implements Database {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final Migrator migrator;

    /** Connects once to learn the dialect; throws IllegalStateException when the database does not answer. */
    public JdbcDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dialect = detect(dataSource);
        this.migrator = new Migrator(dataSource, dialect);
    }

    private static Dialect detect(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return Dialect.fromProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the configured database: " + e.getMessage(), e);
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public MigrationReport migrate(String schema, Class<?> anchor) {
        return migrator.migrate(schema, MigrationSource.of(anchor, schema));
    }

    @Override
    public JpaUnit openUnit(String name, Collection<Class<?>> entityClasses) {
        return openUnit(name, entityClasses, Set.of());
    }

    @Override
    public JpaUnit openUnit(String name, Collection<Class<?>> entityClasses, Set<UnitOption> options) {
        return EclipseLinkUnit.open(name, entityClasses, dataSource, options);
    }

    @Override
    public boolean isReachable(int timeoutSeconds) {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }
}
