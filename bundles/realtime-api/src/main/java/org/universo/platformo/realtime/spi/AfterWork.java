package org.universo.platformo.realtime.spi;

import org.osgi.annotation.versioning.ConsumerType;

/** What an extension does with the outcome of its off-tick work, back on the room's tick thread. */
@ConsumerType
@FunctionalInterface
public interface AfterWork<T> {

    /**
     * @param room the room, valid during the call as on every tick
     * @param result the work's result, null when it failed
     * @param failure why the work failed or did not run (the body could not be saved first), else null
     */
    void done(RoomContext room, T result, Exception failure);
}
