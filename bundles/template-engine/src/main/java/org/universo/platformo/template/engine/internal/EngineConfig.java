package org.universo.platformo.template.engine.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.universo.platformo.template.engine.cfg */
@ObjectClassDefinition(name = "Universo Platformo builds", description = "Build workers, limits, environment profiles.")
public @interface EngineConfig {
    @AttributeDefinition(name = "Builds at once on this node", min = "1")
    int concurrency() default 2;

    @AttributeDefinition(name = "Largest app in bytes", min = "1")
    long max_artifact_bytes() default 268_435_456L;

    @AttributeDefinition(name = "Artifact store", description = "Filter selecting the ArtifactStore service")
    String store_target() default "(universo.artifact.store=fs)";

    @AttributeDefinition(name = "dev: REST API URL", description = "Relative URLs mean the server that serves the app")
    String profile_dev_api_url() default "/api/v1";

    @AttributeDefinition(name = "dev: WebSocket URL")
    String profile_dev_ws_url() default "/ws";

    @AttributeDefinition(name = "stage: REST API URL", description = "Empty: the profile cannot be used")
    String profile_stage_api_url() default "";

    @AttributeDefinition(name = "stage: WebSocket URL")
    String profile_stage_ws_url() default "";

    @AttributeDefinition(name = "prod: REST API URL", description = "Empty: the profile cannot be used")
    String profile_prod_api_url() default "";

    @AttributeDefinition(name = "prod: WebSocket URL")
    String profile_prod_ws_url() default "";
}
