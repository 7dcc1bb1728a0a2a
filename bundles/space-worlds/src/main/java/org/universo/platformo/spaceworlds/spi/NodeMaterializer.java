package org.universo.platformo.spaceworlds.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.updl.Node;

/**
 * The components of the entity a node of its type becomes (service property {@value #NODE_TYPE}, one or more node
 * type ids). The platform materializes {@code Entity} and {@code Object} nodes itself; a node type no materializer
 * claims makes no entity. Component nodes attached to the node add theirs (see {@link ComponentMaterializer}).
 */
@ConsumerType
public interface NodeMaterializer {

    /** Service property: the node type ids it materializes. */
    String NODE_TYPE = "updl.node.type";

    /**
     * The components by type (Transform, Visual, a domain's own), as their schemas want them.
     *
     * @throws IllegalArgumentException when the node's data cannot become an entity; the message is told to the
     *         creator with the node id
     */
    Map<String, JsonNode> components(Node node);
}
