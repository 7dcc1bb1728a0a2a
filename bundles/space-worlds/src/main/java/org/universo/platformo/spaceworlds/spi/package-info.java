/**
 * How nodes become entities, taught by domains: a {@link org.universo.platformo.spaceworlds.spi.NodeMaterializer} per
 * node type, a {@link org.universo.platformo.spaceworlds.spi.ComponentMaterializer} per kind of Component node;
 * {@link org.universo.platformo.spaceworlds.spi.Transforms} reads a node's drawn transform.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.spaceworlds.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
