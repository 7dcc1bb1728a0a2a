/** What domain bundles and overlays implement to add ship types and modules. */
@Version("0.1.0")
@Export
package org.universo.platformo.ships.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
