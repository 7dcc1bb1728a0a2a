package org.universo.platformo.spacegame.rooms.internal;

import java.util.List;

/**
 * What a player's avatar carries from their Ship entity: its id (the attacker the fire gate knows, shared with the
 * REST API) and its fitted modules. Null modules: no Ship, the configured weapon.
 */
final class Fitting {
    String shipEntityId;
    List<String> modules;
}
