/**
 * Minimal JSON differences as RFC 6902 JSON Patch: what changed between two space versions, and whether two
 * documents are the same value.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.utils.delta;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
