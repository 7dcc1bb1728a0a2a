package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;
import org.universo.platformo.utils.schema.Violation;

/** The MMOOMM component types, namespaced {@code mmoomm.}: Cargo, Mineable, Gate, Station. */
@Component(service = ComponentTypeProvider.class)
public final class MmoommComponentTypes implements ComponentTypeProvider {
    static final String CARGO = "mmoomm.Cargo";
    static final String MINEABLE = "mmoomm.Mineable";
    static final String GATE = "mmoomm.Gate";
    static final String STATION = "mmoomm.Station";

    @Activate
    public MmoommComponentTypes() {
    }

    @Override
    public Collection<ComponentType> componentTypes() {
        ClassLoader l = MmoommComponentTypes.class.getClassLoader();
        return List.of(new ComponentType(CARGO, "A hold: capacity and use in m³, contents in kg by material",
                "mmoomm/Cargo.schema.json", l),
                new ComponentType(MINEABLE, "An asteroid's ore and the mass left", "mmoomm/Mineable.schema.json", l),
                new ComponentType(GATE, "A gate to another world", "mmoomm/Gate.schema.json", l),
                new ComponentType(STATION, "A station ships dock at and sell their holds to",
                        "mmoomm/Station.schema.json", l));
    }

    @Override
    public List<Violation> check(String type, JsonNode data) {
        if (CARGO.equals(type) && data.path("usedM3").asDouble() > data.path("capacityM3").asDouble() + 1e-9) {
            return List.of(new Violation("/usedM3", "maximum", "the hold is over its capacity"));
        }
        return List.of();
    }
}
