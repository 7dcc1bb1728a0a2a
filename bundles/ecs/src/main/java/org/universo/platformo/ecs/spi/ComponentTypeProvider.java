package org.universo.platformo.ecs.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.utils.schema.Violation;

/**
 * Registered as an OSGi service by a bundle that adds component types (core, domains, overlays). While it is
 * registered, documents of its types can be written; when it goes away, existing documents stay readable but new
 * writes of its types are refused. The result should not change while the service is registered.
 */
@ConsumerType
public interface ComponentTypeProvider {

    Collection<ComponentType> componentTypes();

    /** Rules a schema cannot express (e.g. one value not above another), checked after the schema passed. */
    default List<Violation> check(String type, JsonNode data) {
        return List.of();
    }
}
