/**
 * The resource catalog: units of measure with conversion inside a dimension, and catalog entries (resources); the
 * shapes the REST API reads and writes and the {@link org.universo.platformo.resources.UnitConverter} service.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.resources;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
