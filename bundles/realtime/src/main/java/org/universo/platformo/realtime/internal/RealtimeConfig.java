package org.universo.platformo.realtime.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Universo realtime rooms",
        description = "Rooms at /ws/rooms/{worldId}/{instanceId} (etc/org.universo.platformo.realtime.cfg)")
public @interface RealtimeConfig {
    @AttributeDefinition(description = "Simulation ticks per second")
    int tick_hz() default 30;

    @AttributeDefinition(description = "State messages (snapshots/deltas) per second, 1..tick_hz")
    int snapshot_hz() default 20;

    @AttributeDefinition(description = "Threads running room ticks (0: one per processor)")
    int tick_threads() default 0;

    @AttributeDefinition(description = "Interest radius in metres; 0 sends every entity to every client")
    double interest_radius() default 1000;

    @AttributeDefinition(description = "Edge of the interest grid's cells in metres")
    double interest_cell_size() default 1000;

    @AttributeDefinition(description = "Pose history kept for lag compensation, ms")
    int lag_history_ms() default 1000;

    @AttributeDefinition(description = "Longest rewind for a shot, ms")
    int lag_rewind_cap_ms() default 250;

    @AttributeDefinition(description = "How far behind the server clock clients render others, ms")
    int lag_interpolation_delay_ms() default 100;

    @AttributeDefinition(description = "Avatars spawn on a 20 m ring round the origin (0) or anywhere in a cube of this "
            + "half-edge in metres")
    double spawn_spread() default 0;

    double avatar_max_speed() default 150;

    double avatar_acceleration() default 30;

    @AttributeDefinition(description = "rad/s at full yaw, pitch or roll input")
    double avatar_turn_rate() default 1.5;

    double avatar_energy() default 100;

    @AttributeDefinition(description = "Energy per second at full thrust")
    double avatar_energy_drain() default 5;

    double avatar_energy_regen() default 10;

    @AttributeDefinition(description = "Seconds a dropped player's avatar waits for a reconnection")
    int reconnect_window_seconds() default 30;

    @AttributeDefinition(description = "Seconds an empty room lives before it is written back and closed")
    int room_empty_grace_seconds() default 10;

    @AttributeDefinition(description = "Seconds between writes of moved stored entities to the entity store")
    int writeback_seconds() default 5;

    int room_max_clients() default 2000;

    @AttributeDefinition(min = "1", description = "Room connections one user may hold open on this node at once "
            + "(all rooms); one more is refused with rate_limited")
    int max_connections_per_user() default 3;

    @AttributeDefinition(description = "Components sent to clients with each entity")
    String replicated_components() default "Visual,Health";

    @AttributeDefinition(description = "Whether every world is open to every signed-in user, whatever its owner "
            + "admits (for development only; off, a world admits its owner's editors and players)")
    boolean worlds_open() default false;

    @AttributeDefinition(description = "Largest frame a client may send, bytes")
    int max_frame_bytes() default 4096;

    int rate_messages_per_second() default 60;

    int rate_bytes_per_second() default 16384;

    @AttributeDefinition(description = "Bad messages within 10 s that close a connection")
    int abuse_max_errors() default 5;

    @AttributeDefinition(description = "How far ahead of the last intent a seq may jump")
    int seq_window() default 1000;

    @AttributeDefinition(description = "How long a player whose ship went through a gate may take its seat in the "
            + "destination's room with the transfer ticket, seconds")
    int transfer_ttl_seconds() default 30;
}
