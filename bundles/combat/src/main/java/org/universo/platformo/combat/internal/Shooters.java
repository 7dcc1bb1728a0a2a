package org.universo.platformo.combat.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cooldowns and capacitors of attackers firing through the REST API (a room keeps its own for its ships). Energy
 * recharges linearly from the last shot; state of an attacker idle long enough to be full again is forgotten.
 */
final class Shooters {
    private static final int FORGET_ABOVE = 10_000;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** Why a shot may not be fired now, or null; when null the shot is charged. */
    record Refusal(String reason, String message, long retryAfterMs) {
    }

    Refusal fire(String attackerId, String weaponId, long cooldownMs, double cost, double capacity, double recharge,
            long nowMs) {
        if (states.size() > FORGET_ABOVE) {
            states.values().removeIf(s -> s.full(capacity, recharge, nowMs));
        }
        State s = states.computeIfAbsent(attackerId, k -> new State(capacity, nowMs));
        synchronized (s) {
            Long last = s.lastShot.get(weaponId);
            if (last != null && nowMs - last < cooldownMs) {
                long wait = cooldownMs - (nowMs - last);
                return new Refusal("cooldown", weaponId + " is cooling down for " + wait + " ms", wait);
            }
            double energy = s.energy(capacity, recharge, nowMs);
            if (energy < cost) {
                long wait = recharge <= 0 ? -1 : (long) Math.ceil((cost - energy) / recharge * 1000);
                return new Refusal("energy", "the capacitor holds " + Math.floor(energy) + ", a shot needs " + cost,
                        wait);
            }
            s.energy = energy - cost;
            s.atMs = nowMs;
            s.lastShot.put(weaponId, nowMs);
            return null;
        }
    }

    double energy(String attackerId, double capacity, double recharge, long nowMs) {
        State s = states.get(attackerId);
        return s == null ? capacity : s.energy(capacity, recharge, nowMs);
    }

    private static final class State {
        final Map<String, Long> lastShot = new HashMap<>();
        double energy;
        long atMs;

        State(double energy, long atMs) {
            this.energy = energy;
            this.atMs = atMs;
        }

        synchronized double energy(double capacity, double recharge, long nowMs) {
            return Math.min(capacity, energy + recharge * (nowMs - atMs) / 1000.0);
        }

        boolean full(double capacity, double recharge, long nowMs) {
            return energy(capacity, recharge, nowMs) >= capacity;
        }
    }
}
