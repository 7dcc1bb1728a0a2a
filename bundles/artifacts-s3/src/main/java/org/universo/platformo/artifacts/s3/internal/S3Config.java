package org.universo.platformo.artifacts.s3.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.universo.platformo.artifacts.s3.cfg; the store exists only while this configuration does. */
@ObjectClassDefinition(name = "Universo Platformo artifacts on S3")
public @interface S3Config {
    @AttributeDefinition(name = "Bucket")
    String bucket();

    @AttributeDefinition(name = "Key prefix", description = "Prepended to every key, e.g. artifacts/")
    String prefix() default "artifacts/";

    @AttributeDefinition(name = "Region")
    String region() default "us-east-1";

    @AttributeDefinition(name = "Endpoint", description = "Empty for AWS; the URL of MinIO, Ceph, s3proxy, ...")
    String endpoint() default "";

    @AttributeDefinition(name = "Path-style access", description = "Needed by most S3-compatible servers")
    boolean path_style() default true;

    @AttributeDefinition(name = "Access key id", description = "Empty: the SDK's default credential chain")
    String access_key() default "";

    @AttributeDefinition(name = "Secret access key", type = AttributeType.PASSWORD)
    String secret_key() default "";
}
