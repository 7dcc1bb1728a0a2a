package org.universo.mmoomm.content.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.spaceworlds.spi.ComponentMaterializer;

/**
 * The MMOOMM kinds of Component nodes as components of the world: a mineable asteroid's ore (its resource type names
 * a material, else asteroid rock; its yield in tonnes is the mass), a ship's hold, a gate to another space's world,
 * a station to dock at and sell to.
 */
@Component(service = ComponentMaterializer.class, property = {ComponentMaterializer.KIND + "=mineable",
        ComponentMaterializer.KIND + "=inventory", ComponentMaterializer.KIND + "=portal",
        ComponentMaterializer.KIND + "=trading"})
public final class MmoommMaterializers implements ComponentMaterializer {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Activate
    public MmoommMaterializers() {
    }

    @Override
    public Map<String, JsonNode> components(Map<String, Object> c, Map<String, JsonNode> entity) {
        String kind = String.valueOf(c.get("componentType"));
        return switch (kind) {
            case "mineable" -> Map.of(MmoommComponentTypes.MINEABLE, JSON.objectNode()
                    .put("materialId", material(c.get("resourceType"))).put("massKg", number(c, "maxYield", 3) * 1000));
            case "inventory" -> Map.of(MmoommComponentTypes.CARGO, hold(number(c, "maxCapacity", 20),
                    number(c, "currentLoad", 0)));
            case "portal" -> Map.of(MmoommComponentTypes.GATE, gate(c));
            case "trading" -> Map.of(MmoommComponentTypes.STATION, station(c));
            default -> Map.of();
        };
    }

    /** The creator's interaction range is how close a ship must come to jump; 50 m when they set none. */
    private static ObjectNode gate(Map<String, Object> c) {
        ObjectNode g = JSON.objectNode().put("toWorldId", text(c, "targetWorld"));
        if (c.containsKey("interactionRange")) {
            g.put("radius", positive(c, "interactionRange"));
        }
        return g;
    }

    private static ObjectNode station(Map<String, Object> c) {
        ObjectNode s = JSON.objectNode().put("rangeM", c.containsKey("interactionRange")
                ? positive(c, "interactionRange") : 50);
        if (c.containsKey("pricePerTon")) {
            s.put("pricePerTon", number(c, "pricePerTon", 0));
        }
        return s;
    }

    private static double positive(Map<String, Object> c, String key) {
        double v = number(c, key, 0);
        if (v <= 0) {
            throw new IllegalArgumentException(key + " is above 0");
        }
        return v;
    }

    private static ObjectNode hold(double capacity, double used) {
        ObjectNode h = JSON.objectNode().put("capacityM3", capacity).put("usedM3", used);
        h.putObject("items");
        return h;
    }

    private static String material(Object resourceType) {
        String id = resourceType instanceof String s ? s : "";
        return Balance.MATERIALS.stream().anyMatch(m -> m.id().equals(id)) ? id : Balance.MATERIALS.get(0).id();
    }

    private static double number(Map<String, Object> c, String key, double fallback) {
        Object v = c.getOrDefault(key, fallback);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(key + " is a number");
        }
        return n.doubleValue();
    }

    private static String text(Map<String, Object> c, String key) {
        if (!(c.get(key) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(key + " names the space the gate leads to");
        }
        return s;
    }
}
