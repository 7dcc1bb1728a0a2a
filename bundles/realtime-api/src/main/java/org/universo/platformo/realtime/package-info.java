/** Realtime rooms: the {@link org.universo.platformo.realtime.Rooms} service that operators' tools use. */
@Version("0.3.0")
@Export
package org.universo.platformo.realtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
