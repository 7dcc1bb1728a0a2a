package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.mmoomm.types.MiningYieldPayload;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.mmoomm.utils.DomainEvents;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.realtime.spi.IntentHandler;
import org.universo.platformo.realtime.spi.RoomBody;
import org.universo.platformo.realtime.spi.RoomContext;

/**
 * {@code use_module} with a mining laser, decided by the room: {@code {"moduleId":"mmoomm.mining-laser",
 * "params":{"targetId":…}}} (no target: the nearest asteroid in range). The cut follows the same rule as the REST
 * cycle ({@link Mining#cut}); the asteroid's ore and the ship's hold change in the room and go back to the store with
 * the room's write-back. The player hears {@code mmoomm.mining.yield} or {@code mmoomm.action.refused}.
 */
@Component(service = IntentHandler.class, property = IntentHandler.KIND + "=use_module")
public final class RoomMining implements IntentHandler {
    static final String ACTION = "mine";

    /** When a body's lasers last cycled, kept on the body. */
    static final class LaserClock {
        long lastMs = Long.MIN_VALUE;
    }

    @Activate
    public RoomMining() {
    }

    @Override
    public void handle(RoomContext room, RoomBody actor, JsonNode action, long clientTimeMs) {
        String moduleId = action.path("moduleId").asText();
        if (!Balance.LASERS.containsKey(moduleId)) {
            RoomActions.refuse(room, actor, ACTION, "unknown_module", "no module " + moduleId + " acts here");
            return;
        }
        Mining.Lasers lasers = Mining.lasers(actor.component("Ship"));
        if (lasers == null || !lasers.moduleId().equals(moduleId)) {
            RoomActions.refuse(room, actor, ACTION, "no_laser", "the ship has no " + moduleId + " fitted");
            return;
        }
        JsonNode hold = actor.component(MmoommComponentTypes.CARGO);
        if (hold == null) {
            RoomActions.refuse(room, actor, ACTION, "missing_component", "the ship has no hold");
            return;
        }
        double range = lasers.laser().rangeM();
        String targetId = action.path("params").path("targetId").isTextual()
                ? action.path("params").path("targetId").asText() : null;
        RoomBody rock = targetId != null ? room.body(targetId).orElse(null)
                : nearestWithOre(room, actor, range);
        if (rock == null || rock.component(MmoommComponentTypes.MINEABLE) == null) {
            RoomActions.refuse(room, actor, ACTION, "no_target", targetId == null ? "no asteroid within " + range
                    + " m" : "the target is not a mineable asteroid of this world");
            return;
        }
        if (RoomActions.gap(actor, rock) > range) {
            RoomActions.refuse(room, actor, ACTION, "out_of_range", "the asteroid is beyond " + range + " m");
            return;
        }
        LaserClock clock = actor.state(LaserClock.class, LaserClock::new);
        long since = room.nowMs() - clock.lastMs;
        if (clock.lastMs != Long.MIN_VALUE && since < lasers.laser().cycleMs()) {
            RoomActions.refuse(room, actor, ACTION, "cooldown", "the lasers cycle for another "
                    + (lasers.laser().cycleMs() - since) + " ms");
            return;
        }
        Mining.Cut cut;
        try {
            cut = Mining.cut(lasers, rock.component(MmoommComponentTypes.MINEABLE), hold);
        } catch (ApiException e) {
            RoomActions.refuse(room, actor, ACTION, e);
            return;
        }
        clock.lastMs = room.nowMs();
        rock.component(MmoommComponentTypes.MINEABLE, cut.ore());
        actor.component(MmoommComponentTypes.CARGO, cut.hold());
        room.count("use_module", "mined");
        room.tell(actor, MmoommTopics.MINING_YIELD, DomainEvents.payload(MmoommTopics.MINING_YIELD,
                new MiningYieldPayload(actor.entityId(), rock.entityId(), cut.material(), cut.massKg(),
                        cut.volumeM3(), cut.hold().path("usedM3").asDouble())));
    }

    /** Without a named target: the nearest asteroid that has ore left (a spent one nearer is passed over), else the nearest. */
    private static RoomBody nearestWithOre(RoomContext room, RoomBody actor, double range) {
        RoomBody rich = RoomActions.nearest(room, actor, MmoommComponentTypes.MINEABLE, range,
                ore -> ore.path("massKg").asDouble() > 0);
        return rich != null ? rich : RoomActions.nearest(room, actor, MmoommComponentTypes.MINEABLE, range);
    }
}
