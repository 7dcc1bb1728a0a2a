package org.universo.platformo.api.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the JSON Schema a contract record follows, as a path relative to {@link Schemas#ROOT},
 * e.g. {@code "ecs/Transform.schema.json"}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonSchemaRef {

    /** Schema path relative to the schema root, without a leading slash. */
    String value();
}
