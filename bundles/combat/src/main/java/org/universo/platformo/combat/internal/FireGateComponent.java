package org.universo.platformo.combat.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.combat.FireGate;
import org.universo.platformo.ships.ModuleType;

/**
 * Cooldowns of every attacker and weapon, whichever path fires. An entry whose cooldown has run out means nothing
 * more and is forgotten once many are held.
 */
@Component(service = {FireGate.class, FireGateComponent.class})
public final class FireGateComponent implements FireGate {
    private static final int FORGET_ABOVE = 10_000;
    /** attacker id + NUL + weapon id → when the weapon is ready again (epoch ms). */
    private final Map<String, Long> readyAt = new ConcurrentHashMap<>();

    @Override
    public Optional<Refusal> fire(String attackerId, String weaponId, ModuleType.Weapon weapon, Capacitor capacitor,
            long nowMs) {
        if (readyAt.size() > FORGET_ABOVE) {
            readyAt.values().removeIf(t -> t <= nowMs);
        }
        Refusal[] no = new Refusal[1];
        readyAt.compute(attackerId + '\0' + weaponId, (key, ready) -> {
            if (ready != null && nowMs < ready) {
                long wait = ready - nowMs;
                no[0] = new Refusal("cooldown", weaponId + " is cooling down for " + wait + " ms", wait);
                return ready;
            }
            double energy = capacitor.energy();
            if (energy < weapon.energyPerShot()) {
                no[0] = new Refusal("energy", "the capacitor holds " + Math.floor(energy) + ", a shot needs "
                        + weapon.energyPerShot(), capacitor.msUntil(weapon.energyPerShot()));
                return ready;
            }
            capacitor.draw(weapon.energyPerShot());
            return nowMs + weapon.cooldownMs();
        });
        return Optional.ofNullable(no[0]);
    }
}
