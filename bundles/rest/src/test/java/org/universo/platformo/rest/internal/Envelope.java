package org.universo.platformo.rest.internal;

import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** A body whose schema refers to another schema file. */
@JsonSchemaRef("test/Envelope.schema.json")
public record Envelope(Greeting greeting, List<Greeting> history) {
}
