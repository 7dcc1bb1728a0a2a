package org.universo.platformo.realtime.internal;

import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;

/** Component types rooms act on: Orbit (scripted NPC motion). */
@Component(service = ComponentTypeProvider.class)
public final class RealtimeComponentTypes implements ComponentTypeProvider {
    @Activate
    public RealtimeComponentTypes() {
    }

    @Override
    public Collection<ComponentType> componentTypes() {
        return List.of(new ComponentType("Orbit", "Moves the entity on a circle with a vertical bob while a room runs",
                "realtime/Orbit.schema.json", RealtimeComponentTypes.class.getClassLoader()));
    }
}
