package org.universo.platformo.updl.spi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A kind of UPDL node: id, palette category, texts, ports, and the JSON Schema of its {@code data}. The schema file
 * lives in the providing bundle under {@code UNIVERSO-INF/schemas/} at {@code dataSchemaPath} and is loaded through
 * {@code schemaLoader} (that bundle's class loader, never serialized).
 */
@JsonSchemaRef("updl/NodeType.schema.json")
public record NodeType(String type, String category, String title, String description, List<Port> inputs,
        List<Port> outputs, String dataSchemaPath, @JsonIgnore ClassLoader schemaLoader) {

    public NodeType {
        require(type, "type");
        require(category, "category");
        require(title, "title");
        require(description, "description");
        require(dataSchemaPath, "dataSchemaPath");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        if (schemaLoader == null) {
            throw new IllegalArgumentException("NodeType.schemaLoader is required for " + type);
        }
    }

    /** The input port called {@code name}. */
    public Optional<Port> input(String name) {
        return inputs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The output port called {@code name}. */
    public Optional<Port> output(String name) {
        return outputs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("NodeType." + name + " is required");
        }
    }
}
