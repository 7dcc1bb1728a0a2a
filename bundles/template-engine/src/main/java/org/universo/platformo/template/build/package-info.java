/** Build jobs and their artifacts, as the REST API and the publishing bundle see them. */
@Version("0.1.0")
@Export
package org.universo.platformo.template.build;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
