/**
 * Minimal JSON differences (RFC 6902 JSON Patch, RFC 7396 JSON Merge Patch) and
 * last-writer-wins merging of versioned component fields.
 */
@Version("0.1.0")
@Export
package org.universo.platformo.utils.delta;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
