package org.universo.platformo.combat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;
import org.universo.platformo.utils.schema.Violation;

/** The {@code Integrity} component type; no layer may hold more than its maximum. */
@Component(service = ComponentTypeProvider.class)
public final class IntegrityComponentType implements ComponentTypeProvider {
    @Activate
    public IntegrityComponentType() {
    }

    @Override
    public Collection<ComponentType> componentTypes() {
        return List.of(new ComponentType(Integrity.COMPONENT, "Shield, armor and hull left, their maxima and "
                + "resistances", "combat/Integrity.schema.json", IntegrityComponentType.class.getClassLoader()));
    }

    @Override
    public List<Violation> check(String type, JsonNode data) {
        List<Violation> out = new ArrayList<>();
        for (String layer : Integrity.LAYERS) {
            JsonNode l = data.path(layer);
            if (l.path("current").asDouble() > l.path("max").asDouble()) {
                out.add(new Violation("/" + layer + "/current", "maximum", "current is above max"));
            }
        }
        return out;
    }
}
