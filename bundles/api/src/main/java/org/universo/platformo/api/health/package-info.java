/** Health checks: any bundle registers a {@link HealthCheck} service; the platform aggregates them. */
@Version("0.1.0")
@Export
package org.universo.platformo.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
