package org.universo.platformo.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.universo.platformo.persistence.Database;
import org.universo.platformo.persistence.Dialect;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.MigrationReport;

/**
 * Binds the platform to the pooled DataSource that pax-jdbc-config publishes from
 * {@code etc/org.ops4j.datasource-universo.cfg}. When an operator edits that file the DataSource is
 * re-registered, this component is re-created, and so is every domain component that holds it.
 */
@Component(service = Database.class, configurationPid = DatabaseComponent.PID)
@Designate(ocd = DatabaseComponent.Config.class)
public final class DatabaseComponent implements Database {
    static final String PID = "org.universo.platformo.persistence";

    @ObjectClassDefinition(name = "Universo Platformo database",
            description = "Which DataSource service the platform uses.")
    public @interface Config {
        @AttributeDefinition(name = "DataSource filter",
                description = "LDAP filter selecting the javax.sql.DataSource service.")
        String dataSource_target() default "(dataSourceName=universo)";
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Migrator migrator;

    @Activate
    public DatabaseComponent(@Reference(name = "dataSource", target = "(dataSourceName=universo)") DataSource dataSource) {
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
        return EclipseLinkUnit.open(name, entityClasses, dataSource);
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
