/** Client/server clock offset, round-trip time and jitter estimation from ping/pong samples. */
@Version("0.1.0")
@Export
package org.universo.platformo.utils.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
