package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.universo.mmoomm.types.MiningYieldPayload;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentValue;
import org.universo.platformo.ecs.ComponentWrite;
import org.universo.platformo.ecs.EntityStore;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.WriteResult;

/**
 * One mining cycle: the ship's fitted mining lasers cut ore from an asteroid in range into the ship's hold. Volume is
 * what the lasers yield, capped by the ore left and the free hold; mass follows the material's density. The asteroid
 * and the hold are written together, each at the version read, so two miners never take the same ore.
 */
final class Mining {
    private final EntityStore store;
    private final Map<String, Long> lastCycle = new ConcurrentHashMap<>();

    Mining(EntityStore store) {
        this.store = store;
    }

    MiningYieldPayload cycle(String userId, String shipId, String asteroidId, long nowMs) {
        EntityView ship = store.find(shipId).filter(e -> e.ownerId().equals(userId))
                .orElseThrow(() -> ApiException.notFound("ship"));
        ComponentValue fit = ship.components().get("Ship");
        Lasers lasers = lasers(fit == null ? null : fit.data());
        if (lasers == null) {
            throw refused(ErrorCode.VALIDATION_FAILED, "no_laser", "the ship has no mining laser fitted");
        }
        EntityView rock = store.find(asteroidId).filter(e -> e.worldId().equals(ship.worldId()))
                .orElseThrow(() -> ApiException.notFound("asteroid"));
        ComponentValue ore = component(rock, MmoommComponentTypes.MINEABLE, "the target is not mineable");
        ComponentValue hold = component(ship, MmoommComponentTypes.CARGO, "the ship has no hold");
        if (distance(ship, rock) > lasers.laser().rangeM()) {
            throw refused(ErrorCode.VALIDATION_FAILED, "out_of_range", "the asteroid is beyond "
                    + lasers.laser().rangeM() + " m");
        }
        Long last = lastCycle.get(shipId);
        if (last != null && nowMs - last < lasers.laser().cycleMs()) {
            throw cooling(lasers.laser().cycleMs() - (nowMs - last));
        }
        Cut cut = cut(lasers, ore.data(), hold.data());
        WriteResult w = store.write(List.of(new ComponentWrite(rock.id(), MmoommComponentTypes.MINEABLE, ore.version(),
                cut.ore()), new ComponentWrite(ship.id(), MmoommComponentTypes.CARGO, hold.version(), cut.hold())));
        if (!w.conflicts().isEmpty()) {
            throw refused(ErrorCode.CONFLICT, "busy", "the asteroid or the hold changed meanwhile; cycle again");
        }
        lastCycle.put(shipId, nowMs);
        return new MiningYieldPayload(shipId, asteroidId, cut.material(), cut.massKg(), cut.volumeM3(),
                cut.hold().path("usedM3").asDouble());
    }

    /** The mining lasers a ship fits ({@code Ship.modules}): their type and how many; null when none. */
    record Lasers(Balance.Laser laser, String moduleId, int count) {
    }

    static Lasers lasers(JsonNode shipComponent) {
        Lasers found = null;
        for (JsonNode m : shipComponent == null ? List.<JsonNode>of() : shipComponent.path("modules")) {
            Balance.Laser l = Balance.LASERS.get(m.asText());
            if (l != null) {
                found = new Lasers(l, m.asText(), found == null ? 1 : found.count() + 1);
            }
        }
        return found;
    }

    /** One cycle's cut: what it takes, and the asteroid's ore and the hold after it. */
    record Cut(String material, double volumeM3, double massKg, ObjectNode ore, ObjectNode hold) {
    }

    /**
     * The rule both REST and the rooms apply: volume is what the lasers yield, capped by the ore left and the free
     * hold; mass follows the material's density. Refused (422/409 with a reason) when nothing can be cut.
     */
    static Cut cut(Lasers lasers, JsonNode ore, JsonNode hold) {
        String material = ore.path("materialId").asText();
        Balance.Material mat = Balance.MATERIALS.stream().filter(x -> x.id().equals(material)).findFirst()
                .orElseThrow(() -> refused(ErrorCode.VALIDATION_FAILED, "unknown_material", "no material " + material));
        double free = hold.path("capacityM3").asDouble() - hold.path("usedM3").asDouble();
        double left = ore.path("massKg").asDouble() / mat.densityKgM3();
        double volume = Math.min(lasers.laser().yieldM3() * lasers.count(), Math.min(left, free));
        if (volume <= 0) {
            throw refused(ErrorCode.CONFLICT, free <= 0 ? "cargo_full" : "depleted", free <= 0 ? "the hold is full"
                    : "the asteroid is depleted");
        }
        double mass = volume * mat.densityKgM3();
        ObjectNode newOre = ore.deepCopy();
        newOre.put("massKg", Math.max(0, ore.path("massKg").asDouble() - mass));
        ObjectNode newHold = hold.deepCopy();
        newHold.put("usedM3", hold.path("usedM3").asDouble() + volume);
        ObjectNode items = newHold.with("items");
        items.put(material, items.path(material).asDouble() + mass);
        return new Cut(material, volume, mass, newOre, newHold);
    }

    static ApiException cooling(long leftMs) {
        return refused(ErrorCode.CONFLICT, "cooldown", "the lasers cycle for another " + leftMs + " ms");
    }

    private static ComponentValue component(EntityView e, String type, String missing) {
        ComponentValue v = e.components().get(type);
        if (v == null) {
            throw refused(ErrorCode.VALIDATION_FAILED, "missing_component", missing);
        }
        return v;
    }

    static double distance(EntityView a, EntityView b) {
        JsonNode p = a.components().containsKey("Transform") ? a.components().get("Transform").data().path("position")
                : null;
        JsonNode q = b.components().containsKey("Transform") ? b.components().get("Transform").data().path("position")
                : null;
        if (p == null || q == null) {
            throw refused(ErrorCode.VALIDATION_FAILED, "missing_component", "both need a Transform");
        }
        double dx = p.path("x").asDouble() - q.path("x").asDouble();
        double dy = p.path("y").asDouble() - q.path("y").asDouble();
        double dz = p.path("z").asDouble() - q.path("z").asDouble();
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    static ApiException refused(ErrorCode code, String reason, String message) {
        return new ApiException(code, message, Map.of("reason", reason));
    }
}
