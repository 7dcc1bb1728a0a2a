package org.universo.platformo.realtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a joining player controls. The room asks the highest-ranked model; without one (or when it answers empty) an
 * avatar has the room's limits and the Visual {@code {"model":"avatar"}}.
 */
@ConsumerType
public interface AvatarModel {

    /**
     * @param avatar the new avatar (set its state or components here)
     * @param owned the components of each stored entity the player owns in the world, by entity id
     * @param restore false when the player's entity arrives after the join: limits and modules only, the damage
     *        the avatar took stays
     */
    Optional<AvatarFit> fit(RoomBody avatar, Map<String, Map<String, JsonNode>> owned, boolean restore);

    /**
     * The stored entity among {@code owned} the player flies, when it is a body of the room and nobody flies it yet:
     * the player's avatar is then that body (its pose and damage are written back to the entity, and it stays in the
     * world, still, when the player leaves), fitted with {@code restore} false. Empty: a fresh avatar.
     */
    default Optional<String> body(Map<String, Map<String, JsonNode>> owned) {
        return Optional.empty();
    }

}
