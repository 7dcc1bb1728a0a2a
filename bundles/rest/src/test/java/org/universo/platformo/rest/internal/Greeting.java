package org.universo.platformo.rest.internal;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** A request body with a schema, for the reader tests. */
@JsonSchemaRef("test/Greeting.schema.json")
public record Greeting(String name, Integer times) {
    public Greeting {
        if (times != null && times > 100) {
            throw new IllegalArgumentException("times must be at most 100");
        }
    }
}
