package org.universo.platformo.ships;

import java.util.List;

/** Everything the registered catalogs offer, with the catalog each entry comes from. */
public record Catalog(List<Entry<ShipType>> shipTypes, List<Entry<ModuleType>> modules) {

    public record Entry<T>(String catalogId, T item) {
    }
}
