package org.universo.platformo.spaceworlds.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a Component node of one kind (its {@code componentType}, in service property {@value #KIND}) adds to the
 * entity it is attached to. A kind no materializer claims (a script, say) adds nothing to the world: it is for the
 * templates only.
 */
@ConsumerType
public interface ComponentMaterializer {

    /** Service property: the {@code componentType} values it materializes. */
    String KIND = "universo.component.kind";

    /**
     * @param component the Component node's data
     * @param entity the components the entity has so far (its Transform and Visual among them), read-only
     * @return components by type to add or replace
     * @throws IllegalArgumentException when the data cannot become components
     */
    Map<String, JsonNode> components(Map<String, Object> component, Map<String, JsonNode> entity);
}
