package org.universo.platformo.updl.internal;

import java.util.Locale;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;

/**
 * Upstream handle ids: {@code <node>-output-<anchor>-<types>} and {@code <node>-input-<anchor>-<type>}, where the
 * output anchor is named after the node (e.g. {@code Entity}) and types are the upstream classes ({@code UPDLEntity}).
 */
final class Handles {
    static final String OUTPUT = "-output-";
    static final String INPUT = "-input-";

    private Handles() {
    }

    /** The anchor name inside a handle id, or null when the handle has none. */
    static String anchor(String handle, String nodeId, String marker) {
        if (handle == null) {
            return null;
        }
        String rest;
        if (handle.startsWith(nodeId + marker)) {
            rest = handle.substring(nodeId.length() + marker.length());
        } else {
            int at = handle.indexOf(marker);
            if (at < 0) {
                return null;
            }
            rest = handle.substring(at + marker.length());
        }
        int end = rest.indexOf('-');
        String name = end < 0 ? rest : rest.substring(0, end);
        return name.isEmpty() ? null : name;
    }

    static String output(String nodeId, String nodeName, String upstreamType) {
        return nodeId + OUTPUT + nodeName + "-" + upstreamType + "|UPDLNode";
    }

    static String input(String nodeId, String port, NodeType type) {
        String dataType = type == null ? Port.ANY : type.input(port).map(Port::dataType).orElse(Port.ANY);
        return nodeId + INPUT + port + "-" + upstreamClass(dataType);
    }

    /** Upstream class of a data type: {@code entity} is {@code UPDLEntity}. */
    static String upstreamClass(String dataType) {
        if (Port.ANY.equals(dataType)) {
            return "any";
        }
        return "UPDL" + dataType.substring(0, 1).toUpperCase(Locale.ROOT) + dataType.substring(1);
    }
}
