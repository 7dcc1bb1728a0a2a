/** Where built apps are kept: the {@link ArtifactStore} SPI (local file system, S3, ...). */
@Version("0.2.0")
@Export
package org.universo.platformo.template.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
