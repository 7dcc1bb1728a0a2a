package org.universo.platformo.updl.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * A node added, removed or changed ({@code type} is its type, in the newer graph when both have it). A changed node
 * lists what differs: its type, position, label and the fields of its data (reserved {@code _} keys are ignored).
 */
@JsonSchemaRef("updl/NodeChange.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeChange(String canvasId, String nodeId, ChangeKind change, String type, ValueChange typeChange,
        ValueChange position, ValueChange label, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldChange> data) {

    public NodeChange {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
