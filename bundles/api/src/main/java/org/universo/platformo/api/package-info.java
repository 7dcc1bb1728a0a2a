/** Root of the platform contract. */
@Version("0.1.0")
@Export
package org.universo.platformo.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
