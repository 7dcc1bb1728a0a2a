package org.universo.platformo.resources;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The platform's units and conversion between units of one dimension (for BOM quantities, ECS components). */
@ProviderType
public interface UnitConverter {

    List<Unit> units();

    Optional<Unit> find(String code);

    /** @throws org.universo.platformo.api.error.ApiException 422 for an unknown unit or units of two dimensions */
    Conversion convert(double value, String from, String to);
}
