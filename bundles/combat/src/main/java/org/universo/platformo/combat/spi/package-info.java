/** What a game adds to the combat domain: how damage looks ({@link org.universo.platformo.combat.spi.IntegrityVisuals}). */
@Version("0.1.0")
@Export
package org.universo.platformo.combat.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
