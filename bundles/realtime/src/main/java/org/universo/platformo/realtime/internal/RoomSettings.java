package org.universo.platformo.realtime.internal;

import java.util.Set;

/** A room's settings, fixed when it starts (a configuration change applies to rooms started afterwards). */
record RoomSettings(int tickHz, int snapshotHz, double interestRadius, double cellSize, int historyMs,
        int rewindCapMs, int interpolationDelayMs, ShipModel.Limits limits, long reconnectWindowMs, long emptyGraceMs,
        long writeBackMs, Weapon weapon, int maxClients, Set<String> replicated, double spawnSpread) {

    /** The one weapon of the core: hitscan, its range, damage per hit (hull), cooldown between shots. */
    record Weapon(String id, double range, double damage, long cooldownMs) {
    }

    static RoomSettings of(RealtimeConfig c) {
        return new RoomSettings(c.tick_hz(), c.snapshot_hz(), c.interest_radius(), c.interest_cell_size(),
                c.lag_history_ms(), c.lag_rewind_cap_ms(), c.lag_interpolation_delay_ms(),
                new ShipModel.Limits(c.ship_max_speed(), c.ship_acceleration(), c.ship_turn_rate(), c.ship_energy(),
                        c.ship_energy_drain(), c.ship_energy_regen()),
                c.reconnect_window_seconds() * 1000L, c.room_empty_grace_seconds() * 1000L,
                c.writeback_seconds() * 1000L, new Weapon("laser", c.weapon_range(), c.weapon_damage(),
                        c.weapon_cooldown_ms()), c.room_max_clients(),
                Set.of(c.replicated_components().split("\\s*,\\s*")), c.spawn_spread());
    }

    boolean interest() {
        return interestRadius > 0;
    }

    long periodNanos() {
        return 1_000_000_000L / tickHz;
    }
}
