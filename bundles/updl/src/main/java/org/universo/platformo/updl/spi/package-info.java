/** Extension point through which bundles contribute UPDL node types (whiteboard of {@link NodeTypeProvider} services). */
@Version("0.1.0")
@Export
package org.universo.platformo.updl.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
