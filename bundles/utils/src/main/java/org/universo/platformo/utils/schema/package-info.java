/**
 * JSON Schema 2020-12 validation of documents against schemas shipped in bundles under
 * {@code UNIVERSO-INF/schemas/}; never fetches schemas from the network.
 */
@Version("0.3.0")
@Export
package org.universo.platformo.utils.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
