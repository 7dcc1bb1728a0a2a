package org.universo.platformo.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.universo.platformo.api.health.HealthCheck;
import org.universo.platformo.api.health.HealthResult;
import org.universo.platformo.persistence.Dialect;

/**
 * The configured database answers within two seconds. Bound to the DataSource itself, not to Database, so
 * the check still reports DOWN when the database is missing or unreachable and Database cannot activate.
 */
@Component(configurationPid = DatabaseConnector.PID)
public final class DatabaseHealthCheck implements HealthCheck {

    @Reference(target = "(dataSourceName=universo)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthResult check() {
        DataSource ds = dataSource;
        if (ds == null) {
            return HealthResult.down("no DataSource configured (etc/org.ops4j.datasource-universo.cfg)");
        }
        try (Connection c = ds.getConnection()) {
            if (!c.isValid(2)) {
                return HealthResult.down("not answering");
            }
            return HealthResult.up(Dialect.fromProductName(c.getMetaData().getDatabaseProductName()).id());
        } catch (SQLException | IllegalStateException e) {
            return HealthResult.down("not reachable");
        }
    }
}
