package org.universo.platformo.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.universo.platformo.rest.cfg */
@ObjectClassDefinition(name = "Universo Platformo REST", description = "Limits of the /api/v1 application.")
public @interface RestConfig {
    String PID = "org.universo.platformo.rest";

    @AttributeDefinition(name = "Maximum request body (bytes)", min = "1024")
    long max_body_bytes() default 1_048_576;

    @AttributeDefinition(name = "Trusted proxies", required = false,
            description = "Addresses or CIDR blocks of reverse proxies whose X-Forwarded-For is believed. Empty "
                    + "(the default): the header is ignored and the connection's address is the client's.")
    String[] trusted_proxies() default {};

    @AttributeDefinition(name = "CORS origins", description = "Origins whose pages may call the API from a browser "
            + "(published apps on another origin, or sandboxed ones, whose origin is 'null'). '*' (the default): any; "
            + "safe because the API authenticates with bearer tokens, never cookies. Empty: none.")
    String[] cors_allowed_origins() default {"*"};
}
