package org.universo.platformo.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/** One part of the platform that can tell whether it works (database reachable, keys loaded...). */
@ConsumerType
public interface HealthCheck {
    /** Short stable name shown in reports, e.g. {@code database}. */
    String name();

    /** Runs the check quickly (well under a second); never throws for an unhealthy state. */
    HealthResult check();
}
