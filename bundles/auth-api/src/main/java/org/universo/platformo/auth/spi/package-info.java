/** Extension point for other ways to sign in: a bundle registers an {@link IdentityProvider} service. */
@Version("0.1.0")
@Export
package org.universo.platformo.auth.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
