package org.universo.platformo.combat;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.ships.ModuleType;

/**
 * The one gate every shot passes, whether a room's {@code fire} intent or {@code POST /api/v1/combat/apply} asks:
 * one cooldown per attacker and weapon, so a shot through one path counts for the other.
 */
@ProviderType
public interface FireGate {

    /** Where a shot's energy comes from: a room's simulated capacitor, or the REST API's recharge model. */
    @ConsumerType
    interface Capacitor {
        double energy();

        void draw(double amount);

        /** Milliseconds until it holds {@code amount}; -1 when it does not recharge. */
        default long msUntil(double amount) {
            return -1;
        }
    }

    /** Why a shot may not go now: {@code cooldown} or {@code energy}, and when to try again (-1: unknown). */
    record Refusal(String reason, String message, long retryAfterMs) {
    }

    /**
     * Empty when the shot goes: its cooldown has started and its energy is drawn. Otherwise why not, and nothing is
     * charged.
     */
    Optional<Refusal> fire(String attackerId, String weaponId, ModuleType.Weapon weapon, Capacitor capacitor,
            long nowMs);
}
