/**
 * MMOOMM rules without state, used by its content bundle and by anyone checking MMOOMM data: catalog and ledger
 * invariants, visual states from integrity thresholds, domain event serialization.
 */
@Version("0.1.0")
@Export
package org.universo.mmoomm.utils;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
