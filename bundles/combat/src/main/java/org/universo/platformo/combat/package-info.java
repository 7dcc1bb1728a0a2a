/**
 * The combat domain: the damage model (shield → armor → hull, resistances per damage type, range falloff), the
 * {@link org.universo.platformo.combat.CombatRules} and {@link org.universo.platformo.combat.FireGate} services rooms and
 * the REST API share, and the shapes of
 * /api/v1/combat.
 */
@Version("0.3.0")
@Export
package org.universo.platformo.combat;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
