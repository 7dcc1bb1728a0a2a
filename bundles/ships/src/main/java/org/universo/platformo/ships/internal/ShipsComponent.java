package org.universo.platformo.ships.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.ships.Catalog;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;
import org.universo.platformo.ships.Ships;
import org.universo.platformo.ships.spi.ShipCatalogProvider;

/**
 * Tracks the catalog providers (whiteboard) and keeps a merged index, rebuilt when one comes or goes; earlier
 * registered providers keep their ids.
 */
@Component(service = Ships.class)
public final class ShipsComponent implements Ships {
    private static final Logger LOG = LoggerFactory.getLogger(ShipsComponent.class);
    private final Map<Long, ShipCatalogProvider> providers = new ConcurrentSkipListMap<>();
    private volatile Catalog catalog = new Catalog(List.of(), List.of());
    private volatile Map<String, ShipType> ships = Map.of();
    private volatile Map<String, ModuleType> modules = Map.of();

    @Activate
    public ShipsComponent() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(ShipCatalogProvider p, Map<String, Object> props) {
        providers.put((Long) props.get(Constants.SERVICE_ID), p);
        rebuild();
    }

    public void removeProvider(ShipCatalogProvider p, Map<String, Object> props) {
        providers.remove((Long) props.get(Constants.SERVICE_ID));
        rebuild();
    }

    private synchronized void rebuild() {
        Map<String, Catalog.Entry<ShipType>> s = new LinkedHashMap<>();
        Map<String, Catalog.Entry<ModuleType>> m = new LinkedHashMap<>();
        for (ShipCatalogProvider p : providers.values()) {
            try {
                p.shipTypes().forEach(t -> put(s, p.catalogId(), t.id(), t));
                p.modules().forEach(t -> put(m, p.catalogId(), t.id(), t));
            } catch (RuntimeException e) {
                LOG.warn("Ship catalog {} failed to list its entries; it is left out", p.catalogId(), e);
            }
        }
        List<Catalog.Entry<ShipType>> shipList = new ArrayList<>(s.values());
        List<Catalog.Entry<ModuleType>> moduleList = new ArrayList<>(m.values());
        shipList.sort(Comparator.comparing(e -> e.item().id()));
        moduleList.sort(Comparator.comparing(e -> e.item().id()));
        Map<String, ShipType> shipIndex = new LinkedHashMap<>();
        s.forEach((id, e) -> shipIndex.put(id, e.item()));
        Map<String, ModuleType> moduleIndex = new LinkedHashMap<>();
        m.forEach((id, e) -> moduleIndex.put(id, e.item()));
        ships = Map.copyOf(shipIndex);
        modules = Map.copyOf(moduleIndex);
        catalog = new Catalog(List.copyOf(shipList), List.copyOf(moduleList));
    }

    private static <T> void put(Map<String, Catalog.Entry<T>> index, String catalogId, String id, T item) {
        if (id == null || id.isBlank()) {
            LOG.warn("Ship catalog {} offers an entry without an id; ignored", catalogId);
        } else if (index.containsKey(id)) {
            LOG.warn("Ship catalog {} offers {}, already given by {}; ignored", catalogId, id,
                    index.get(id).catalogId());
        } else {
            index.put(id, new Catalog.Entry<>(catalogId, item));
        }
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Optional<ShipType> shipType(String id) {
        return Optional.ofNullable(id == null ? null : ships.get(id));
    }

    @Override
    public Optional<ModuleType> module(String id) {
        return Optional.ofNullable(id == null ? null : modules.get(id));
    }

    @Override
    public FittingReport check(Fitting fitting) {
        return FittingCheck.check(fitting, this::shipType, this::module);
    }

    @Override
    public com.fasterxml.jackson.databind.JsonNode component(Fitting fitting) {
        FittingReport r = check(fitting);
        if (!r.valid()) {
            throw new IllegalArgumentException("the fitting breaks " + r.violations());
        }
        return ShipComponentType.document(r.stats(), fitting.shipTypeId(), fitting.modules());
    }
}
