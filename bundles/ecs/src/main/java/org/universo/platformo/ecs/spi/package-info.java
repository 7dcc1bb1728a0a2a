/** Extension point through which bundles add component types (whiteboard of {@link ComponentTypeProvider} services). */
@Version("0.1.0")
@Export
package org.universo.platformo.ecs.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
