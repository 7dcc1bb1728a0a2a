/**
 * The UPDL graph model and its services. The records only refuse what cannot be represented at all (a missing id,
 * a non-finite number); everything a creator can get wrong is left to the validator, which reports it.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.updl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
