package org.universo.platformo.persistence;

import java.util.Collection;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform database: migrations and JPA units for domain bundles. A bundle migrates its own schema and
 * opens its own unit when it activates, and closes the unit when it deactivates.
 */
@ProviderType
public interface Database {

    /** The dialect the migrations and queries are written for. */
    Dialect dialect();

    /** The pooled data source, for code that needs plain JDBC (bulk reads, locks). */
    DataSource dataSource();

    /**
     * Applies the SQL migrations found under {@code UNIVERSO-INF/migrations/<schema>/} of the bundle (or class
     * path) that holds {@code anchor}, in version order, each once; already-applied ones are checked against
     * their recorded checksum.
     */
    MigrationReport migrate(String schema, Class<?> anchor);

    /** Builds a JPA unit over the given entity classes, loaded through their own bundle's class loader. */
    JpaUnit openUnit(String name, Collection<Class<?>> entityClasses);

    /** As {@link #openUnit(String, Collection)}, with options for how the unit writes. */
    JpaUnit openUnit(String name, Collection<Class<?>> entityClasses, Set<UnitOption> options);

    /** Pings the database within the given time; false when it does not answer. */
    boolean isReachable(int timeoutSeconds);
}
