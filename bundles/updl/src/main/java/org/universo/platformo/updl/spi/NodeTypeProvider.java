package org.universo.platformo.updl.spi;

import java.util.Collection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by any bundle that adds UPDL node types (core, templates, domain overlays); the
 * node-type registry tracks these services. The result should not change while the service is registered.
 */
@ConsumerType
public interface NodeTypeProvider {

    /** The node types this provider contributes. */
    Collection<NodeType> nodeTypes();
}
