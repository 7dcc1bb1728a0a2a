package org.universo.platformo.persistence.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.persistence.Database;

/**
 * Publishes {@link Database} for the DataSource that pax-jdbc-config creates from
 * {@code etc/org.ops4j.datasource-universo.cfg}, as soon as the database answers: a database that is down at
 * start (or a wrong address being fixed) delays the platform instead of breaking it. When the file changes the
 * DataSource is replaced, this component is re-created, and every domain component holding Database with it.
 */
@Component(immediate = true, configurationPid = DatabaseConnector.PID)
@Designate(ocd = DatabaseConnector.Config.class)
public final class DatabaseConnector {
    static final String PID = "org.universo.platformo.persistence";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConnector.class);
    private static final long MAX_DELAY_SECONDS = 30;

    @ObjectClassDefinition(name = "Universo Platformo database", description = "Which DataSource the platform uses.")
    public @interface Config {
        @AttributeDefinition(name = "DataSource filter", description = "LDAP filter selecting the javax.sql.DataSource service.")
        String dataSource_target() default "(dataSourceName=universo)";
    }

    private final BundleContext context;
    private final DataSource dataSource;
    private final ScheduledExecutorService executor;
    private volatile ServiceRegistration<Database> registration;
    private int attempts;

    @Activate
    public DatabaseConnector(BundleContext context,
            @Reference(name = "dataSource", target = "(dataSourceName=universo)") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "universo-database-connector"));
        executor.execute(this::connect);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            // a connection attempt in flight may be registering the service right now: let it finish first
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ServiceRegistration<Database> r = registration;
        if (r != null) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
    }

    private void connect() {
        try {
            JdbcDatabase db = new JdbcDatabase(dataSource);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("universo.database.dialect", db.dialect().id());
            registration = context.registerService(Database.class, db, props);
            LOG.info("Database connected ({})", db.dialect().id());
        } catch (IllegalStateException e) {
            attempts++;
            long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(5, attempts - 1));
            if (attempts == 1 || attempts % 10 == 0) {
                LOG.warn("Database not reachable (attempt {}), retrying every {} s at most: {}", attempts,
                        MAX_DELAY_SECONDS, e.getMessage());
            }
            if (!executor.isShutdown()) {
                executor.schedule(this::connect, delay, TimeUnit.SECONDS);
            }
        }
    }
}
