package org.universo.platformo.combat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.universo.platformo.combat.CombatRules;
import org.universo.platformo.combat.CombatEvents;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.ships.Defense;
import org.universo.platformo.ships.Fitting;
import org.universo.platformo.ships.FittingReport;
import org.universo.platformo.ships.ModuleType;
import org.universo.platformo.ships.Ships;

/** The {@link CombatRules}: weapons from the ship catalogs, defences from components, the damage model, events. */
@Component(service = {CombatRules.class, CombatComponent.class})
public final class CombatComponent implements CombatRules {
    static final String TOPIC = "org/universo/platformo/combat/";
    private final ObjectMapper json = new ObjectMapper();
    private final Ships ships;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public CombatComponent(@Reference Ships ships) {
        this.ships = ships;
    }

    @Override
    public Optional<ModuleType> weapon(String weaponId) {
        return ships.module(weaponId).filter(m -> m.weapon() != null);
    }

    @Override
    public Optional<Integrity> integrity(Map<String, JsonNode> components) {
        JsonNode stored = components.get(Integrity.COMPONENT);
        if (stored != null) {
            return Optional.of(json.convertValue(stored, Integrity.class));
        }
        JsonNode ship = components.get(Ships.COMPONENT);
        if (ship != null) {
            List<String> modules = new ArrayList<>();
            ship.path("modules").forEach(m -> modules.add(m.asText()));
            FittingReport r = ships.check(new Fitting(ship.path("shipTypeId").asText(), modules, null));
            if (r.stats() != null && r.stats().defense() != null) {
                Defense d = r.stats().defense();
                return Optional.of(new Integrity(full(d.shield()), full(d.armor()), full(d.hull())));
            }
        }
        JsonNode health = components.get("Health");
        if (health != null) {
            Integrity.Layer none = new Integrity.Layer(0, 0, Map.of());
            return Optional.of(new Integrity(none, none, new Integrity.Layer(health.path("current").asDouble(),
                    health.path("max").asDouble(), Map.of())));
        }
        return Optional.empty();
    }

    @Override
    public Hit resolve(String weaponId, ModuleType.Weapon weapon, double distance, Integrity target) {
        return DamageModel.resolve(weaponId, weapon, distance, target);
    }

    @Override
    public void published(String attackerId, String targetId, Hit hit) {
        EventAdmin ea = events;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = CombatEvents.hit(attackerId, targetId, hit);
        if (hit.after() != null) {
            props.put(CombatEvents.INTEGRITY_AFTER, hit.after());
        }
        ea.postEvent(new Event(TOPIC + "hit", props));
        if (hit.destroyed()) {
            ea.postEvent(new Event(TOPIC + "destroyed", CombatEvents.destroyed(targetId, attackerId)));
        }
    }

    private static Integrity.Layer full(Defense.Layer l) {
        return new Integrity.Layer(l.hp(), l.hp(), l.resist());
    }
}
