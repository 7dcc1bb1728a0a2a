/**
 * Persistence for platform and plugin bundles: one configured database, versioned SQL migrations per
 * domain schema, and JPA units built from a bundle's own entity classes.
 */
@Version("0.3.0")
@Export
package org.universo.platformo.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
