package org.universo.platformo.updl.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;

/** A node type as the editor needs it: its texts, ports and the JSON Schema of its data, inline. */
public record NodeTypeView(String type, String category, String title, String description, List<Port> inputs,
        List<Port> outputs, JsonNode dataSchema) {

    static NodeTypeView of(NodeType t, JsonNode schema) {
        return new NodeTypeView(t.type(), t.category(), t.title(), t.description(), t.inputs(), t.outputs(), schema);
    }
}
