/** Messages of the realtime room protocol exchanged between clients and the room server. */
@Version("0.4.0")
@Export
package org.universo.platformo.api.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
