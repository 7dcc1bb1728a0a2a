/** Publications as the REST API reads and writes them: projects, versions, preview links, audit. */
@Version("0.1.0")
@Export
package org.universo.platformo.publish;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
