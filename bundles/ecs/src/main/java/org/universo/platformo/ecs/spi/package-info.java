/**
 * Extension points: bundles add component types ({@link ComponentTypeProvider}) and answer for the worlds of their
 * kind of owner ({@link WorldOwners}), both as whiteboard services.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.ecs.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
