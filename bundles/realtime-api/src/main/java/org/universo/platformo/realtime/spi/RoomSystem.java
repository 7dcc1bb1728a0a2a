package org.universo.platformo.realtime.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs on every tick of every room, after movement and before the state message, in the order of the service
 * property {@value #ORDER} (lower first). A system that throws is counted and skipped for that tick; the room goes on.
 */
@ConsumerType
public interface RoomSystem {

    /** Service property (integer): the order among systems. */
    String ORDER = "universo.room.order";

    void step(RoomContext room, double dtSeconds);
}
