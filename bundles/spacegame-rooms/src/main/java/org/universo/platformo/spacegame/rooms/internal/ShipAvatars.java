package org.universo.platformo.spacegame.rooms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.universo.platformo.combat.CombatRules;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.realtime.spi.AvatarFit;
import org.universo.platformo.realtime.spi.AvatarLimits;
import org.universo.platformo.realtime.spi.AvatarModel;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.ships.Ships;

/**
 * A player flies a ship: the first entity they own in the world with a Ship component gives the limits, the
 * capacitor, the fitted weapons and the defences of its hull type, and when it has a Transform the player flies that
 * entity itself; without one, a fresh ship with the configured hull and weapon.
 */
@Component(service = AvatarModel.class, configurationPid = "org.universo.platformo.spacegame.rooms")
@Designate(ocd = SpacegameRoomsConfig.class)
public final class ShipAvatars implements AvatarModel {
    private static final Map<String, Object> LOOK = Map.of("Visual", Map.of("model", "ship"));
    private final ObjectMapper json = new ObjectMapper();
    private final CombatRules rules;
    private final SpacegameRoomsConfig config;

    @Activate
    public ShipAvatars(@Reference CombatRules rules, SpacegameRoomsConfig config) {
        this.rules = rules;
        this.config = config;
    }

    /** The player flies their ship itself where it is in the world: its pose and damage stay with the entity. */
    @Override
    public Optional<String> body(Map<String, Map<String, JsonNode>> owned) {
        return owned.entrySet().stream().filter(e -> e.getValue().containsKey(Ships.COMPONENT)
                && e.getValue().containsKey("Transform")).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<AvatarFit> fit(RoomBody avatar, Map<String, Map<String, JsonNode>> owned, boolean restore) {
        Fitting fitting = avatar.state(Fitting.class, Fitting::new);
        Map<String, JsonNode> own = owned.get(avatar.entityId());   // the avatar is the player's ship entity
        Map.Entry<String, JsonNode> ship = own != null && own.containsKey(Ships.COMPONENT)
                ? Map.entry(avatar.entityId(), own.get(Ships.COMPONENT))
                : owned.entrySet().stream().filter(e -> e.getValue().containsKey(Ships.COMPONENT)).findFirst()
                        .map(e -> Map.entry(e.getKey(), e.getValue().get(Ships.COMPONENT))).orElse(null);
        if (ship == null) {
            if (restore) {
                avatar.health(config.hull(), config.hull());
            }
            return Optional.of(new AvatarFit(null, null, LOOK));
        }
        JsonNode s = ship.getValue();
        List<String> modules = new ArrayList<>();
        s.path("modules").forEach(m -> modules.add(m.asText()));
        fitting.shipEntityId = ship.getKey();
        fitting.modules = List.copyOf(modules);
        if (restore) {
            Optional<Integrity> defences = rules.integrity(Map.of(Ships.COMPONENT, s));
            if (defences.isPresent()) {
                Integrity i = defences.get();
                avatar.component(Integrity.COMPONENT, json.valueToTree(i));
                avatar.health(i.hull().current(), i.hull().max());
            } else {
                avatar.health(config.hull(), config.hull());
            }
        }
        AvatarLimits limits = new AvatarLimits(s.path("maxSpeed").asDouble(150), s.path("acceleration").asDouble(30),
                s.path("turnRate").asDouble(1.5), s.path("energyCapacity").asDouble(100), config.thrust_energy_drain(),
                s.path("energyRecharge").asDouble(10));
        return Optional.of(new AvatarFit(ship.getKey(), limits, LOOK));
    }
}
