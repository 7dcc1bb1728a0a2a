/** The UPDL graph model and its services. */
@Version("0.2.0")
@Export
package org.universo.platformo.updl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
