/** Extension points of the room service: who may join which world ({@link WorldGate}). */
@Version("0.1.0")
@Export
package org.universo.platformo.realtime.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
