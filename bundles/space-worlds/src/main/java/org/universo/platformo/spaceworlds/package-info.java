/**
 * Spaces as worlds: {@link org.universo.platformo.spaceworlds.SpaceWorlds} turns a space version into the designed
 * entities of the space's world (whose id is the space's) and applies them.
 */
@Version("0.1.0")
@Export
package org.universo.platformo.spaceworlds;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
