package org.universo.platformo.observability.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.universo.platformo.metrics.cfg */
@ObjectClassDefinition(name = "Universo Platformo metrics",
        description = "Who may scrape /metrics: it shows routes, rooms and load, which strangers need not see.")
public @interface MetricsConfig {
    String PID = "org.universo.platformo.metrics";

    @AttributeDefinition(name = "Allowed addresses", description = "Addresses or CIDR blocks a scrape may come "
            + "from; the default is loopback and the private ranges.")
    String[] allowed_addresses() default {"127.0.0.0/8", "::1", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
        "fc00::/7"};

    @AttributeDefinition(name = "Bearer token", type = AttributeType.PASSWORD, required = false,
            description = "When set, a scrape must send 'Authorization: Bearer <token>'. A scrape that came through a "
                    + "reverse proxy (it carries X-Forwarded-For) is refused unless a token is set.")
    String bearer_token() default "";
}
