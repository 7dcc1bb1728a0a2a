package org.universo.platformo.combat.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.universo.platformo.combat.FireGate;

/**
 * Capacitors of attackers firing through the REST API (a room simulates its own): energy recharges linearly from the
 * last shot; the state of an attacker idle long enough to be full again is forgotten.
 */
final class Shooters {
    private static final int FORGET_ABOVE = 10_000;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** The attacker's capacitor at {@code nowMs}, for the fire gate to draw on. */
    FireGate.Capacitor capacitor(String attackerId, double capacity, double recharge, long nowMs) {
        if (states.size() > FORGET_ABOVE) {
            states.values().removeIf(s -> s.energy(capacity, recharge, nowMs) >= capacity);
        }
        State s = states.computeIfAbsent(attackerId, k -> new State(capacity, nowMs));
        return new FireGate.Capacitor() {
            @Override
            public double energy() {
                return s.energy(capacity, recharge, nowMs);
            }

            @Override
            public void draw(double amount) {
                s.draw(amount, capacity, recharge, nowMs);
            }

            @Override
            public long msUntil(double amount) {
                return recharge <= 0 ? -1 : (long) Math.ceil((amount - energy()) / recharge * 1000);
            }
        };
    }

    double energy(String attackerId, double capacity, double recharge, long nowMs) {
        State s = states.get(attackerId);
        return s == null ? capacity : s.energy(capacity, recharge, nowMs);
    }

    private static final class State {
        private double energy;
        private long atMs;

        State(double energy, long atMs) {
            this.energy = energy;
            this.atMs = atMs;
        }

        synchronized double energy(double capacity, double recharge, long nowMs) {
            return Math.min(capacity, energy + recharge * Math.max(0, nowMs - atMs) / 1000.0);
        }

        synchronized void draw(double amount, double capacity, double recharge, long nowMs) {
            energy = energy(capacity, recharge, nowMs) - amount;
            atMs = Math.max(atMs, nowMs);
        }
    }
}
