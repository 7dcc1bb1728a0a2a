package org.universo.platformo.ships.internal;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.ships.Defense;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;
import org.universo.platformo.ships.spi.ShipCatalogProvider;

/**
 * The platform's own small catalog, so a world has a ship and a gun without any overlay: a shuttle with a pulse
 * laser, an afterburner and a shield extender. Products bring their own catalogs.
 */
@Component(service = ShipCatalogProvider.class)
public final class BaseCatalog implements ShipCatalogProvider {
    private static final Map<String, Double> NONE = Map.of();

    @Activate
    public BaseCatalog() {
    }

    @Override
    public String catalogId() {
        return "core";
    }

    @Override
    public List<ShipType> shipTypes() {
        return List.of(new ShipType("core.shuttle", "Shuttle", "frigate", 20_000, 100, 10, 100, 50,
                Map.of("weapon", 2, "utility", 2), 60, 30, 1.5,
                new Defense(new Defense.Layer(50, Map.of("em", 0.0, "thermal", 0.2, "kinetic", 0.4, "explosive", 0.5)),
                        new Defense.Layer(50, Map.of("em", 0.5, "thermal", 0.35, "kinetic", 0.25, "explosive", 0.1)),
                        new Defense.Layer(100, NONE))));
    }

    @Override
    public List<ModuleType> modules() {
        return List.of(
                new ModuleType("core.pulse-laser", "Pulse laser", "weapon", 20, 10, List.of(), List.of(),
                        new ModuleType.Weapon(Map.of("em", 6.0, "thermal", 4.0), 500, 5, 300, 200)),
                new ModuleType("core.afterburner", "Afterburner", "utility", 15, 15, List.of(),
                        List.of(new ModuleType.Effect("maxSpeed", "multiply", 1.5),
                                new ModuleType.Effect("massKg", "add", 1_000)), null),
                new ModuleType("core.shield-extender", "Shield extender", "utility", 20, 20, List.of(),
                        List.of(new ModuleType.Effect("shield", "add", 40)), null));
    }
}
