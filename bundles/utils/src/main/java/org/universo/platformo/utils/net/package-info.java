/** IP addresses and address blocks from configuration, matched without name lookups. */
@Version("0.1.0")
@Export
package org.universo.platformo.utils.net;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
