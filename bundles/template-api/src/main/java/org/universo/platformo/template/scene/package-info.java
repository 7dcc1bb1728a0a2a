/**
 * The scene document templates start from: a UPDL space reduced to what a 3D client draws, the same for every
 * engine, so templates only map it to their engine and contributors edit one shape.
 */
@Version("0.1.0")
@Export
package org.universo.platformo.template.scene;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
