/**
 * The economy ledger: accounts in currencies, double-entry transfers and exchanges with idempotency keys; the
 * {@link org.universo.platformo.economy.Ledger} service for domain code, and the shapes of /api/v1/economy.
 */
@Version("0.2.0")
@Export
package org.universo.platformo.economy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
