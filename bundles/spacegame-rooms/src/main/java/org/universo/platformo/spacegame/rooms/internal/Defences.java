package org.universo.platformo.spacegame.rooms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.combat.CombatRules;
import org.universo.platformo.combat.Integrity;
import org.universo.platformo.realtime.spi.BodyBinding;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;
import org.universo.platformo.ships.Ships;

/**
 * A stored entity with Integrity, or a Ship whose hull type has defences, enters a room with its shield, armor and
 * hull; players see them (a HUD shows its own shield and its target's).
 */
@Component(service = BodyBinding.class, property = BodyBinding.REPLICATES + "=" + Integrity.COMPONENT)
public final class Defences implements BodyBinding {
    private final ObjectMapper json = new ObjectMapper();
    private final CombatRules rules;

    @Activate
    public Defences(@Reference CombatRules rules) {
        this.rules = rules;
    }

    @Override
    public void bind(RoomContext room, RoomBody body, Map<String, JsonNode> components) {
        if (!components.containsKey(Integrity.COMPONENT) && !components.containsKey(Ships.COMPONENT)) {
            return;
        }
        rules.integrity(components).ifPresent(i -> {
            body.component(Integrity.COMPONENT, json.valueToTree(i));
            body.health(i.hull().current(), i.hull().max());
        });
    }
}
