/**
 * Entities and components: the shapes the REST API reads and writes, the {@link org.universo.platformo.ecs.EntityStore}
 * service the realtime rooms load and save worlds through, and the {@link org.universo.platformo.ecs.ComponentTypes}
 * registry.
 */
@Version("0.7.0")
@Export
package org.universo.platformo.ecs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
