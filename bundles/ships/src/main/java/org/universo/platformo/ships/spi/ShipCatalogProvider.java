package org.universo.platformo.ships.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;

/**
 * Registered as a service by a bundle that brings ship types and modules. While it is registered its entries are in
 * the catalog; when it goes, they leave. Ids are global: the first provider registered keeps an id, a later one
 * offering the same id is logged and ignored. The lists must not change while the service is registered.
 */
@ConsumerType
public interface ShipCatalogProvider {

    /** Names the source in the catalog, e.g. {@code core} or {@code mmoomm}. */
    String catalogId();

    List<ShipType> shipTypes();

    List<ModuleType> modules();
}
