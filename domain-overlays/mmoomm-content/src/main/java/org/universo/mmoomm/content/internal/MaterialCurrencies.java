package org.universo.mmoomm.content.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.economy.Ledger;

/**
 * Makes each material a ledger currency in whole kg (ROCK, IRON, NICKEL, ICE, GOLD), so unloaded ore is held,
 * audited and traded like money. Defining again on the next start changes nothing; leaving keeps the balances.
 */
@Component(service = MaterialCurrencies.class)
public final class MaterialCurrencies {
    @Activate
    public MaterialCurrencies(@Reference Ledger ledger) {
        Balance.MATERIALS.forEach(m -> ledger.define(m.currency(), m.name(), 0));
    }
}
