package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.schema.JsonSchemaRef;

/** How a shape is painted; every member is optional and falls back to the editor's default. */
@JsonSchemaRef("updl/ShapeStyle.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShapeStyle(String fill, String stroke, Double strokeWidth, Double fontSize, Double opacity) {
}
