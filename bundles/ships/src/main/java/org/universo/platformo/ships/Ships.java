package org.universo.platformo.ships;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The ship catalogs merged, and the fitting rules. */
@ProviderType
public interface Ships {

    /** The component type rooms and the REST API keep a ship's fitting and stats in. */
    String COMPONENT = "Ship";

    Catalog catalog();

    Optional<ShipType> shipType(String id);

    Optional<ModuleType> module(String id);

    /** Checks slots, hull class, CPU and power grid, and reports every violation, not just the first. */
    FittingReport check(Fitting fitting);

    /**
     * The {@value #COMPONENT} component document of a fitting: hull type, modules and the stats they give, as the
     * REST API stores it and rooms read it.
     *
     * @throws IllegalArgumentException when the fitting breaks a rule ({@link #check} says which)
     */
    com.fasterxml.jackson.databind.JsonNode component(Fitting fitting);
}
