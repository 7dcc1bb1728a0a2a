package org.universo.mmoomm.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.mmoomm.utils.CatalogInvariants;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.ShipType;
import org.universo.platformo.ships.spi.ShipCatalogProvider;

/** The MMOOMM ships and modules (see {@link Balance}); refuses to register content that breaks the invariants. */
@Component(service = ShipCatalogProvider.class)
public final class MmoommShips implements ShipCatalogProvider {

    @Activate
    public MmoommShips() {
        List<String> problems = new ArrayList<>();
        Balance.SHIPS.forEach(s -> problems.addAll(CatalogInvariants.check(s)));
        Balance.MODULES.forEach(m -> problems.addAll(CatalogInvariants.check(m)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("MMOOMM catalog is invalid: " + problems);
        }
    }

    @Override
    public String catalogId() {
        return "mmoomm";
    }

    @Override
    public List<ShipType> shipTypes() {
        return Balance.SHIPS;
    }

    @Override
    public List<ModuleType> modules() {
        return Balance.MODULES;
    }
}
