package org.universo.platformo.updl.spi;

import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A connection point of a node type. {@code dataType} says what flows through it; an output may connect to an input
 * of the same data type or when either is {@link #ANY}. {@code multiple}: an input accepts several edges, an output
 * may feed several inputs.
 */
@JsonSchemaRef("updl/Port.schema.json")
public record Port(String name, String dataType, boolean multiple) {

    public static final String SPACE = "space";
    public static final String ENTITY = "entity";
    public static final String COMPONENT = "component";
    public static final String EVENT = "event";
    public static final String ACTION = "action";
    public static final String DATA = "data";
    public static final String OBJECT = "object";
    public static final String CAMERA = "camera";
    public static final String LIGHT = "light";
    public static final String UNIVERSO = "universo";
    public static final String ANY = "any";

    public Port {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Port.name is required");
        }
        if (dataType == null || dataType.isBlank()) {
            throw new IllegalArgumentException("Port.dataType is required");
        }
    }

    /** Whether an edge from {@code output} into this port carries a compatible data type. */
    public boolean accepts(Port output) {
        return dataType.equals(output.dataType) || ANY.equals(dataType) || ANY.equals(output.dataType);
    }
}
