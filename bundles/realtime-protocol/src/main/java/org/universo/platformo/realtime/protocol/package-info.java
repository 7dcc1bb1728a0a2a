/**
 * The room protocol's encodings, shared by the server and the Java client: quantization, entity views, the compact
 * binary form (bit-packed deltas against the state the client acknowledged) and the JSON form of the same messages.
 */
@Version("0.1.0")
@Export
package org.universo.platformo.realtime.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
