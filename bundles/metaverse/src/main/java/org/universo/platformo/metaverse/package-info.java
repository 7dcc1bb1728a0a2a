/**
 * Metaverses (catalogs of worlds linked to each other), uniks (workspaces with members) and spaces (UPDL
 * graphs in a unik, optionally listed in metaverses): the shapes the REST API reads and writes.
 */
@Version("0.3.0")
@Export
package org.universo.platformo.metaverse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
