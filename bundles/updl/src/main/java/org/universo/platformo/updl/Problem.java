package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * One thing wrong with a space graph. {@code field} is a JSON pointer: inside {@code node.data} when
 * {@code nodeId} is set, inside the canvas for diagram problems, inside the document for {@code invalid_document}.
 * Codes are stable; messages are English and may change.
 */
@JsonSchemaRef("updl/Problem.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String canvasId, String nodeId, String edgeId, String field, String code, String message) {

    public static final String INVALID_DOCUMENT = "invalid_document";
    public static final String DUPLICATE_ID = "duplicate_id";
    public static final String TOO_MANY_CANVASES = "too_many_canvases";
    public static final String TOO_MANY_NODES = "too_many_nodes";
    public static final String TOO_MANY_EDGES = "too_many_edges";
    public static final String TOO_MANY_SHAPES = "too_many_shapes";
    public static final String DATA_TOO_LARGE = "data_too_large";
    public static final String UNKNOWN_NODE_TYPE = "unknown_node_type";
    public static final String SCHEMA_VIOLATION = "schema_violation";
    public static final String DANGLING_EDGE = "dangling_edge";
    public static final String UNKNOWN_PORT = "unknown_port";
    public static final String PORT_TYPE_MISMATCH = "port_type_mismatch";
    public static final String PORT_MULTIPLICITY = "port_multiplicity";
    public static final String DUPLICATE_EDGE = "duplicate_edge";
    public static final String CYCLE = "cycle";
    public static final String DIAGRAM_LAYER_MISSING = "diagram_layer_missing";
    public static final String DIAGRAM_ANCHOR_MISSING = "diagram_anchor_missing";
    public static final String DIAGRAM_GROUP_MEMBER_MISSING = "diagram_group_member_missing";
    public static final String DIAGRAM_GROUP_CONFLICT = "diagram_group_conflict";
    public static final String DIAGRAM_GROUP_CYCLE = "diagram_group_cycle";
    public static final String DIAGRAM_ENDPOINT_MISSING = "diagram_endpoint_missing";
    public static final String DIAGRAM_INVALID_SHAPE = "diagram_invalid_shape";

    public Problem {
        Checks.present(code, "Problem.code");
        Checks.present(message, "Problem.message");
    }
}
