/**
 * The ships domain: ship types and modules (merged from {@link org.universo.platformo.ships.spi.ShipCatalogProvider}
 * services), fitting checks, and the {@code Ship} component rooms take movement limits from.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.ships;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
