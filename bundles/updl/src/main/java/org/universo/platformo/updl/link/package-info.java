/** Resolution of link nodes (SpaceLink, UnikLink, MetaverseLink) into one dependency graph of space versions. */
@Version("0.1.0")
@Export
package org.universo.platformo.updl.link;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
