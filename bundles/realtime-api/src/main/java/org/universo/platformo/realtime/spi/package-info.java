/**
 * Extension points of the room service: who may join which world ({@link WorldGate}), what a player controls
 * ({@link AvatarModel}), what a stored entity brings into a room ({@link BodyBinding}), what an intent action does
 * ({@link IntentHandler}) and what runs every tick ({@link RoomSystem}); blocking work runs
 * off the tick through {@link RoomContext#offTick}. Domains register them as services; the room
 * core knows none of them by name.
 */
@Version("0.4.0")
@Export
package org.universo.platformo.realtime.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
