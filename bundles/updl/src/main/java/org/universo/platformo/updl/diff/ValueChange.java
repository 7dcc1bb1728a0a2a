package org.universo.platformo.updl.diff;

import org.universo.platformo.api.schema.JsonSchemaRef;

/** A value before and after (either may be null when it was or became absent). */
@JsonSchemaRef("updl/ValueChange.schema.json")
public record ValueChange(Object before, Object after) {
}
