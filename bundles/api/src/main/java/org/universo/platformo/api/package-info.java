/** Root of the platform contract: the invariant checks its records share ({@link Checks}). */
@Version("0.2.0")
@Export
package org.universo.platformo.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
