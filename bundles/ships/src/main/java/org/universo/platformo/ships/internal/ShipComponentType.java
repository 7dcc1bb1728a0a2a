package org.universo.platformo.ships.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.Ships;
import org.universo.platformo.utils.schema.Violation;

/**
 * The {@code Ship} component type. Its check runs the fitting rules and insists the stored stats are the computed
 * ones, so no write path (PATCH /entities included) can store a ship faster than its fitting allows.
 */
@Component(service = ComponentTypeProvider.class)
public final class ShipComponentType implements ComponentTypeProvider {
    private static final String[] STATS = {"massKg", "maxSpeed", "acceleration", "turnRate", "energyCapacity",
        "energyRecharge"};
    private final Ships ships;

    @Activate
    public ShipComponentType(@Reference Ships ships) {
        this.ships = ships;
    }

    @Override
    public Collection<ComponentType> componentTypes() {
        return List.of(new ComponentType(Ships.COMPONENT, "A ship's hull, fitted modules and the stats they give",
                "ships/Ship.schema.json", ShipComponentType.class.getClassLoader()));
    }

    @Override
    public List<Violation> check(String type, JsonNode data) {
        List<String> modules = new ArrayList<>();
        data.path("modules").forEach(m -> modules.add(m.asText()));
        FittingReport r = ships.check(new Fitting(data.path("shipTypeId").asText(), modules, null));
        List<Violation> out = new ArrayList<>();
        r.violations().forEach(p -> out.add(new Violation(p.moduleIndex() == null ? "" : "/modules/" + p.moduleIndex(),
                p.code(), p.message())));
        if (r.stats() != null) {
            JsonNode expected = document(r.stats(), data.path("shipTypeId").asText(), modules);
            for (String s : STATS) {
                if (Math.abs(expected.path(s).asDouble() - data.path(s).asDouble()) > 1e-6) {
                    out.add(new Violation("/" + s, "derived", s + " is " + expected.path(s).asDouble()
                            + " for this fitting"));
                }
            }
        }
        return out;
    }

    /** The component document for a checked fitting. */
    static ObjectNode document(FittingReport.Stats s, String shipTypeId, List<String> modules) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("shipTypeId", shipTypeId);
        modules.forEach(d.putArray("modules")::add);
        d.put("massKg", s.massKg()).put("maxSpeed", s.maxSpeed()).put("acceleration", s.acceleration())
                .put("turnRate", s.turnRate()).put("energyCapacity", s.energyCapacity())
                .put("energyRecharge", s.energyRecharge());
        return d;
    }
}
