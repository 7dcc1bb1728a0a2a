package org.universo.platformo.updl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * One UPDL node: its node type, where it sits on the canvas and its field values ({@code data}, described by the
 * type's data schema). Keys of {@code data} starting with {@code _} are reserved for tools (see {@link #RESERVED_PREFIX}).
 */
@JsonSchemaRef("updl/Node.schema.json")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(String id, String type, Position position, Map<String, Object> data, String label) {

    /**
     * Data keys starting with this prefix hold tool metadata (e.g. {@code _upstream}): they are not checked against
     * the type's schema and not compared by the diff, but they count towards the data size limit.
     */
    public static final String RESERVED_PREFIX = "_";

    public Node {
        Checks.present(id, "Node.id");
        Checks.present(type, "Node.type");
        Checks.present(position, "Node.position");
        data = Checks.mapOrEmpty(data);
    }

    public Node(String id, String type, Position position, Map<String, Object> data) {
        this(id, type, position, data, null);
    }

    /** True for keys of {@code data} that hold tool metadata rather than field values. */
    public static boolean isReserved(String dataKey) {
        return dataKey.startsWith(RESERVED_PREFIX);
    }
}
