/** Links the contract records to their JSON Schemas, which are the source of truth. */
@Version("0.1.0")
@Export
package org.universo.platformo.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
