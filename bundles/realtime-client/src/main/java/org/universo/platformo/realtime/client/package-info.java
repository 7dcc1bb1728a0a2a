/**
 * Java client of the room protocol: {@link org.universo.platformo.realtime.client.RoomClient} over a
 * {@link org.universo.platformo.realtime.client.Transport} (a WebSocket by default).
 */
@Version("0.3.0")
@Export
package org.universo.platformo.realtime.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
