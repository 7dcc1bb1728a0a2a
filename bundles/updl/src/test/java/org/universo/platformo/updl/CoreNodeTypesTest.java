package org.universo.platformo.updl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.updl.Fixtures.REGISTRY;
import static org.universo.platformo.updl.Fixtures.SCHEMAS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.Port;

class CoreNodeTypesTest {

    @Test
    void allCoreTypesAreThere() {
        assertEquals(List.of("Space", "Entity", "Component", "Event", "Action", "Data", "Universo", "Object", "Camera",
                "Light", "SpaceLink", "UnikLink", "MetaverseLink"), REGISTRY.list().stream().map(NodeType::type).toList());
    }

    @Test
    void everyDataSchemaIsAUsableDraft202012SchemaThatDescribesItsFields() {
        for (NodeType type : REGISTRY.list()) {
            assertEquals(List.of(), SCHEMAS.checkSchema(type.schemaLoader(), type.dataSchemaPath()), type.type());
            JsonNode schema = REGISTRY.dataSchema(type.type()).orElseThrow();
            assertEquals(type.type(), schema.path("title").asText());
            assertFalse(schema.path("additionalProperties").asBoolean(true), type.type() + " must be closed");
            schema.path("properties").properties().forEach(p -> {
                assertFalse(p.getValue().path("title").asText().isBlank(), type.type() + "." + p.getKey() + " title");
                assertFalse(p.getValue().path("description").asText().isBlank(), type.type() + "." + p.getKey());
            });
        }
    }

    @Test
    void theDefaultsOfEveryTypeAreValidData() {
        for (NodeType type : REGISTRY.list()) {
            JsonNode schema = REGISTRY.dataSchema(type.type()).orElseThrow();
            ObjectNode data = Fixtures.MAPPER.createObjectNode();
            schema.path("properties").properties().forEach(p -> {
                if (p.getValue().has("default")) {
                    data.set(p.getKey(), p.getValue().get("default"));
                }
            });
            schema.path("required").forEach(r -> data.put(r.asText(), "some-id"));
            assertEquals(List.of(), SCHEMAS.validate(type.schemaLoader(), type.dataSchemaPath(), data), type.type());
        }
    }

    @Test
    void upstreamFieldSetsAreCovered() {
        assertEnum("Entity", "entityType", "StaticObject", "player", "interactive", "vehicle", "ship", "station",
                "asteroid", "gate");
        assertEnum("Component", "componentType", "render", "script", "inventory", "weapon", "trading", "mineable",
                "portal");
        assertEnum("Event", "eventType", "onStart", "onClick", "onCollisionStart", "onCollisionEnd", "onTimer", "onKey",
                "onReceive", "onMiningComplete", "onTradeInteraction", "onPortalEnter", "onProximity", "onInventoryFull");
        assertEnum("Action", "actionType", "move", "rotate", "shoot", "setData", "loadSpace", "destroy", "mine",
                "trade", "travel", "dock", "undock", "addToInventory", "removeFromInventory");
        assertEnum("Data", "dataType", "question", "answer", "intro", "transition");
    }

    @Test
    void portsAreWellFormed() {
        for (NodeType type : REGISTRY.list()) {
            assertEquals(1, type.outputs().size(), type.type());
            Set<String> names = new HashSet<>();
            type.inputs().forEach(p -> assertTrue(names.add(p.name()), type.type() + " repeats " + p.name()));
        }
        NodeType space = REGISTRY.find(CoreTypes.SPACE).orElseThrow();
        assertFalse(space.input("universo").orElseThrow().multiple());
        assertTrue(space.input("links").orElseThrow().accepts(REGISTRY.find(CoreTypes.UNIK_LINK).orElseThrow()
                .outputs().get(0)));
        assertFalse(space.input("entities").orElseThrow().accepts(new Port("x", Port.COMPONENT, true)));
        assertTrue(space.input("entities").orElseThrow().accepts(new Port("x", Port.ANY, true)));
    }

    private static void assertEnum(String type, String field, String... expected) {
        JsonNode values = REGISTRY.dataSchema(type).orElseThrow().at("/properties/" + field + "/enum");
        Set<String> actual = new HashSet<>();
        values.forEach(v -> actual.add(v.asText()));
        assertTrue(actual.containsAll(List.of(expected)), type + "." + field + " lacks some of " + List.of(expected)
                + ": " + actual);
    }
}
