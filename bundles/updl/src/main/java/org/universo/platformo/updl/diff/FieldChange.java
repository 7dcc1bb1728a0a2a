package org.universo.platformo.updl.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** One top-level field of {@code node.data} that differs; {@code before}/{@code after} are absent when it was added/removed. */
@JsonSchemaRef("updl/FieldChange.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldChange(String field, ChangeKind change, Object before, Object after) {
}
