/** Templates as the platform sees them: manifests, environment profiles, the registry of installed templates. */
@Version("0.2.0")
@Export
package org.universo.platformo.template;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
