package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.ecs.internal.EntityStoreTest.json;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;
import org.universo.platformo.utils.schema.SchemaValidators;

class ComponentTypeRegistryTest {
    private final ComponentTypeRegistry registry = new ComponentTypeRegistry(SchemaValidators.create());
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void typesFollowTheirProvidersAndTheFirstRegisteredKeepsAName() {
        ComponentTypeProvider quantity = () -> List.of(new ComponentType("Amount", "first", "ecs/Quantity.schema.json",
                loader));
        ComponentTypeProvider rival = () -> List.of(new ComponentType("Amount", "second", "ecs/Quantity.schema.json",
                loader), new ComponentType("Broken", "no schema", "ecs/Missing.schema.json", loader));
        registry.addProvider(rival, Map.of(Constants.SERVICE_ID, 7L));
        registry.addProvider(quantity, Map.of(Constants.SERVICE_ID, 3L));
        assertEquals("first", registry.find("Amount").orElseThrow().description());
        assertTrue(registry.find("Broken").isEmpty(), "a type whose schema is missing is left out");
        assertEquals(List.of(), registry.check("Amount", json("{\"amount\":2,\"unit\":\"kg\"}")));
        assertEquals("/amount", registry.check("Amount", json("{\"amount\":0,\"unit\":\"kg\"}")).get(0).pointer());

        registry.removeProvider(quantity, Map.of(Constants.SERVICE_ID, 3L));
        assertEquals("second", registry.find("Amount").orElseThrow().description());
        registry.removeProvider(rival, Map.of(Constants.SERVICE_ID, 7L));
        assertTrue(registry.list().isEmpty());
        ApiException unknown = assertThrows(ApiException.class, () -> registry.check("Amount", json("{}")));
        assertEquals(422, unknown.httpStatus());
    }

    @Test
    void coreRulesGoBeyondTheSchema() {
        registry.add(new CoreComponentTypes());
        assertEquals(List.of("Transform", "Visual", "Health", "Quantity"),
                registry.list().stream().map(i -> i.type()).toList());
        assertEquals("/current", registry.check("Health", json("{\"current\":3,\"max\":2}")).get(0).pointer());
        assertEquals(List.of(), registry.check("Health", json("{\"current\":2,\"max\":2}")));
        assertEquals("/color", registry.check("Visual", json("{\"model\":\"m\",\"color\":\"red\"}")).get(0).pointer());
        assertThrows(IllegalArgumentException.class, () -> new ComponentType("has space", "x", "p", loader));
    }

    @Test
    void aTypeAdmittingANumberWithoutFiniteBoundsIsLeftOut() {
        registry.add(() -> List.of(new ComponentType("Loose", "speed with no maximum", "test/Loose.schema.json", loader),
                new ComponentType("Amount", "bounded", "ecs/Quantity.schema.json", loader)));
        assertEquals(List.of("Amount"), registry.list().stream().map(i -> i.type()).toList());
    }

    @Test
    void positionsBeyondTheWorldBoundsOrADoubleAreRefused() {
        registry.add(new CoreComponentTypes());
        String rest = ",\"rotation\":{\"x\":0,\"y\":0,\"z\":0,\"w\":1},\"scale\":{\"x\":1,\"y\":1,\"z\":1}}";
        assertEquals(List.of(), registry.check("Transform", json("{\"position\":{\"x\":1e8,\"y\":0,\"z\":0}" + rest)));
        for (String x : List.of("1e308", "-100000001", "1e309")) {
            var found = registry.check("Transform", json("{\"position\":{\"x\":" + x + ",\"y\":0,\"z\":0}" + rest));
            assertEquals("/position/x", found.get(0).pointer(), x + ": " + found);
        }
    }
}
