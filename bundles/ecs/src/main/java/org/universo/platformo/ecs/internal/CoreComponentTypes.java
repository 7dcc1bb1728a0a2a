package org.universo.platformo.ecs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.api.ecs.Transform;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;
import org.universo.platformo.utils.schema.Violation;

/** The platform's own component types: Transform, Visual, Health (schemas of the api bundle) and Quantity. */
@Component(service = ComponentTypeProvider.class)
public final class CoreComponentTypes implements ComponentTypeProvider {
    private static final ClassLoader API = Transform.class.getClassLoader();

    @Activate
    public CoreComponentTypes() {
    }

    @Override
    public Collection<ComponentType> componentTypes() {
        return List.of(
                new ComponentType("Transform", "Position, rotation and scale in the world", "ecs/Transform.schema.json", API),
                new ComponentType("Visual", "How clients render the entity", "ecs/Visual.schema.json", API),
                new ComponentType("Health", "Current and full health of a damageable entity", "ecs/Health.schema.json", API),
                new ComponentType("Quantity", "An amount of the entity's resource, not one piece",
                        "ecs/Quantity.schema.json", CoreComponentTypes.class.getClassLoader()));
    }

    @Override
    public List<Violation> check(String type, JsonNode data) {
        if ("Health".equals(type) && data.path("current").asDouble() > data.path("max").asDouble()) {
            return List.of(new Violation("/current", "maximum", "current health must not exceed max"));
        }
        return List.of();
    }
}
