/** Shared utilities for platform bundles and plugins. */
@Version("0.1.0")
@Export
package org.universo.platformo.utils;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
