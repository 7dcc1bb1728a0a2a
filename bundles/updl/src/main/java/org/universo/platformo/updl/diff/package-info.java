/** Structural comparison of two space graphs (what was added, removed or changed, down to node fields). */
@Version("0.1.0")
@Export
package org.universo.platformo.updl.diff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
