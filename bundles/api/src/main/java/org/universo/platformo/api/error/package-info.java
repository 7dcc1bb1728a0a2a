/** Stable error codes and the JSON body of every REST error. */
@Version("0.1.0")
@Export
package org.universo.platformo.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
