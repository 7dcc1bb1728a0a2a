package org.universo.platformo.combat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.ships.ModuleType;

/** The damage rules, the same for a room's {@code fire} intent and for {@code POST /api/v1/combat/apply}. */
@ProviderType
public interface CombatRules {

    /** A weapon module of the ship catalogs. */
    Optional<ModuleType> weapon(String weaponId);

    /**
     * An entity's defences from its components: its Integrity; else full layers from its Ship (type and fitting);
     * else a hull from its Health. Empty when it cannot be damaged.
     */
    Optional<Integrity> integrity(Map<String, JsonNode> components);

    /** Pure: the damage of one shot at {@code distance} metres on {@code target}. */
    Hit resolve(String weaponId, ModuleType.Weapon weapon, double distance, Integrity target);

    /** Tells EventAdmin subscribers (topics {@code org/universo/platformo/combat/hit} and {@code .../destroyed}). */
    void published(String attackerId, String targetId, Hit hit);
}
