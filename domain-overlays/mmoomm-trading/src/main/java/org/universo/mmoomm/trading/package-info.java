/** Station trading: the shapes of /api/v1/trading and the {@link org.universo.mmoomm.trading.Market} service. */
@Version("0.1.0")
@Export
package org.universo.mmoomm.trading;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
