package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/** Checks a node's data: its size, then its field values against the type's data schema. */
final class NodeDataCheck {
    private static final Pattern REQUIRED_NAME = Pattern.compile("required property '([^']+)'");

    private final ObjectMapper mapper;
    private final SchemaValidator schemas;

    NodeDataCheck(ObjectMapper mapper, SchemaValidator schemas) {
        this.mapper = mapper;
        this.schemas = schemas;
    }

    void check(Node node, NodeType type, int maxBytes, Report report) {
        ObjectNode data = mapper.valueToTree(node.data());
        long size = size(data);
        if (size > maxBytes) {
            // Too large to be worth validating; this also bounds the cost of a hostile document.
            report.node(node.id(), "", Problem.DATA_TOO_LARGE, "Node data is " + size + " bytes; at most " + maxBytes
                    + " are allowed");
            return;
        }
        if (type == null) {
            return;
        }
        data.properties().removeIf(field -> Node.isReserved(field.getKey()));
        for (Violation v : schemas.validate(type.schemaLoader(), type.dataSchemaPath(), data)) {
            report.node(node.id(), pointer(v), Problem.SCHEMA_VIOLATION, v.message());
        }
    }

    /** A missing required field is reported at the field itself, which is where a form shows it. */
    private static String pointer(Violation v) {
        if ("required".equals(v.keyword())) {
            Matcher m = REQUIRED_NAME.matcher(v.message());
            if (m.find()) {
                return v.pointer() + "/" + m.group(1).replace("~", "~0").replace("/", "~1");
            }
        }
        return v.pointer();
    }

    /** Bytes of the data as compact JSON, counted without keeping them. */
    private long size(ObjectNode data) {
        CountingStream counter = new CountingStream();
        try {
            mapper.writeValue(counter, data);
        } catch (IOException e) {
            throw new IllegalArgumentException("Node data cannot be written as JSON", e);
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
