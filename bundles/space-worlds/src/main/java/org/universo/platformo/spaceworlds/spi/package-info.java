/**
 * How nodes become entities, taught by domains: a {@link org.universo.platformo.spaceworlds.spi.NodeMaterializer} per
 * node type, a {@link org.universo.platformo.spaceworlds.spi.ComponentMaterializer} per kind of Component node.
 */
@Version("0.1.0")
@Export
package org.universo.platformo.spaceworlds.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
