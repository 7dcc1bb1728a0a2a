package org.universo.platformo.realtime.internal;

import java.util.Set;

/** A room's settings, fixed when it starts (a configuration change applies to rooms started afterwards). */
record RoomSettings(int tickHz, int snapshotHz, double interestRadius, double cellSize, int historyMs,
        int rewindCapMs, int interpolationDelayMs, Motion.Limits limits, long reconnectWindowMs, long emptyGraceMs,
        long writeBackMs, int maxClients, Set<String> replicated, double spawnSpread) {

    static RoomSettings of(RealtimeConfig c) {
        return new RoomSettings(c.tick_hz(), c.snapshot_hz(), c.interest_radius(), c.interest_cell_size(),
                c.lag_history_ms(), c.lag_rewind_cap_ms(), c.lag_interpolation_delay_ms(),
                new Motion.Limits(c.avatar_max_speed(), c.avatar_acceleration(), c.avatar_turn_rate(),
                        c.avatar_energy(), c.avatar_energy_drain(), c.avatar_energy_regen()),
                c.reconnect_window_seconds() * 1000L, c.room_empty_grace_seconds() * 1000L,
                c.writeback_seconds() * 1000L, c.room_max_clients(),
                Set.of(c.replicated_components().split("\\s*,\\s*")), c.spawn_spread());
    }

    boolean interest() {
        return interestRadius > 0;
    }

    long periodNanos() {
        return 1_000_000_000L / tickHz;
    }
}
