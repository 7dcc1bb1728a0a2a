package org.universo.platformo.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.utils.schema.Violation;

/** The component types bundles have registered (see {@link org.universo.platformo.ecs.spi.ComponentTypeProvider}). */
@ProviderType
public interface ComponentTypes {

    /** Name, description and JSON Schema of a type. */
    record Info(String type, String description, JsonNode schema) {
    }

    List<Info> list();

    Optional<Info> find(String type);

    /**
     * The reasons {@code data} is not a valid document of {@code type}: its schema, then the provider's own rules.
     *
     * @throws org.universo.platformo.api.error.ApiException 422 when no bundle registers {@code type}
     */
    List<Violation> check(String type, JsonNode data);
}
