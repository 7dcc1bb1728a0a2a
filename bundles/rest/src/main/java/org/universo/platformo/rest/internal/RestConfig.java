package org.universo.platformo.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.universo.platformo.rest.cfg */
@ObjectClassDefinition(name = "Universo Platformo REST", description = "Limits of the /api/v1 application.")
public @interface RestConfig {
    String PID = "org.universo.platformo.rest";

    @AttributeDefinition(name = "Maximum request body (bytes)", min = "1024")
    long max_body_bytes() default 1_048_576;
}
