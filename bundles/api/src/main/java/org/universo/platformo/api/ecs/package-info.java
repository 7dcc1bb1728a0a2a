/** Entity-component types shared by the simulation, persistence and the realtime protocol. */
@Version("0.1.0")
@Export
package org.universo.platformo.api.ecs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
