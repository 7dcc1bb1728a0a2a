package org.universo.platformo.realtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.combat.CombatEvents;
import org.universo.platformo.combat.CombatRules;
import org.universo.platformo.combat.Hit;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.combat.spi.IntegrityVisuals;
import org.universo.platformo.ships.ModuleType;

/**
 * Which weapon a shot uses and what it does. A ship with a fitting fires only its fitted weapon modules (cooldown and
 * energy per shot from the catalog); a ship without one has the room's configured weapon. Damage goes through the
 * combat rules (shield, armor, hull) when the combat bundle is there, else straight off Health.
 */
final class Shots {
    private final Room room;

    Shots(Room room) {
        this.room = room;
    }

    /** A weapon ready to fire, already charged for (cooldown started, energy drawn). */
    record Gun(String id, ModuleType.Weapon weapon) {
        double range() {
            return weapon.maxRange();
        }
    }

    Gun gun(Client c, String weaponId, long now) {
        ModuleType.Weapon w = weapon(c.ship, weaponId);
        if (w == null) {
            return null;
        }
        Long last = c.lastFire.get(weaponId);
        if (last != null && now - last < w.cooldownMs() || c.ship.energy < w.energyPerShot()) {
            return null;
        }
        c.lastFire.put(weaponId, now);
        c.ship.energy -= w.energyPerShot();
        return new Gun(weaponId, w);
    }

    private ModuleType.Weapon weapon(Body ship, String weaponId) {
        if (ship.modules == null) {
            RoomSettings.Weapon d = room.settings.weapon();
            return d.id().equals(weaponId) ? new ModuleType.Weapon(Map.of("thermal", d.damage()), d.cooldownMs(), 0,
                    d.range(), 0) : null;
        }
        CombatRules rules = room.rules.get();
        if (rules == null || !ship.modules.contains(weaponId)) {
            return null;
        }
        return rules.weapon(weaponId).map(ModuleType::weapon).orElse(null);
    }

    void hit(Client c, Body target, Gun gun, double distance) {
        CombatRules rules = room.rules.get();
        Integrity before = target.integrity != null ? target.integrity : target.maxHealth > 0
                ? new Integrity(empty(), empty(), new Integrity.Layer(target.health, target.maxHealth, Map.of())) : null;
        if (rules == null || before == null) {
            simple(c, target, gun);
            return;
        }
        Hit hit = rules.resolve(gun.id(), gun.weapon(), distance, before);
        room.events.add(new Room.Pending(new Event("combat.hit", room.nowMs(), CombatEvents.hit(c.ship.id, target.id,
                hit)), target.handle, c));
        if (hit.total() > 0) {
            target.integrity = hit.after();
            target.health = hit.after().hull().current();
            target.maxHealth = hit.after().hull().max();
            target.damaged = target.stored;
            WorldLoader.replicate(room, target, components(target, hit.after()));
        }
        if (hit.destroyed()) {
            room.events.add(new Room.Pending(new Event("combat.destroyed", room.nowMs(), CombatEvents.destroyed(
                    target.id, c.ship.id)), target.handle, c));
        }
        rules.published(c.ship.id, target.id, hit);
    }

    /** Without combat rules: the weapon's total damage off the hull. */
    private void simple(Client c, Body target, Gun gun) {
        double total = gun.weapon().damage().values().stream().mapToDouble(Double::doubleValue).sum();
        double damage = target.maxHealth > 0 ? Math.min(total, target.health) : total;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("attackerId", c.ship.id);
        p.put("targetId", target.id);
        p.put("weaponId", gun.id());
        p.put("damageType", "thermal");
        p.put("damage", damage);
        p.put("layer", "hull");
        room.events.add(new Room.Pending(new Event("combat.hit", room.nowMs(), p), target.handle, c));
        if (target.maxHealth > 0 && target.health > 0) {
            target.health -= damage;
            target.damaged = target.stored;
            WorldLoader.replicate(room, target, components(target, new Integrity(empty(), empty(),
                    new Integrity.Layer(Math.max(0, target.health), target.maxHealth, Map.of()))));
            if (target.health <= 0) {
                room.events.add(new Room.Pending(new Event("combat.destroyed", room.nowMs(), CombatEvents.destroyed(
                        target.id, c.ship.id)), target.handle, c));
            }
        }
    }

    private static Integrity.Layer empty() {
        return new Integrity.Layer(0, 0, Map.of());
    }

    /** The replicated components after a hit, with the Visual state the game gives {@code after}. */
    private Map<String, Object> components(Body b, Integrity after) {
        if (b.components == null) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Object> m = room.json.mapper().readValue(b.components, new TypeReference<>() { });
            m.remove("Health");
            if (b.integrity != null) {
                m.put(Integrity.COMPONENT, b.integrity);
            }
            IntegrityVisuals look = room.visuals.get();
            if (look != null && m.get("Visual") instanceof Map<?, ?> visual) {
                Map<Object, Object> v = new LinkedHashMap<>(visual);
                try {
                    v.put("state", look.state(after));
                    m.put("Visual", v);
                } catch (RuntimeException e) {
                    room.metrics.error("visual_state");   // a faulty overlay costs the look, never the hit
                }
            }
            return m;
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }
}
