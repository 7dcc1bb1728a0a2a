package org.universo.platformo.updl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.universo.platformo.updl.CoreTypes;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.updl.spi.Port;

class NodeTypeRegistryTest {

    @Test
    void providersComingAndGoingChangeTheList() {
        NodeTypeRegistryComponent registry = new NodeTypeRegistryComponent();
        AtomicInteger changes = new AtomicInteger();
        NodeTypeRegistry.Subscription subscription = registry.onChange(changes::incrementAndGet);
        long start = registry.revision();

        CoreNodeTypes core = new CoreNodeTypes();
        registry.addProvider(core, service(5));
        assertEquals(13, registry.list().size());
        assertTrue(registry.find(CoreTypes.SPACE_LINK).isPresent());

        NodeTypeProvider ships = provider(type("Ship", "ships"), type("Dock", "ships"));
        registry.addProvider(ships, service(9));
        assertEquals(15, registry.list().size());
        assertEquals("Dock", registry.list().get(14).type());

        registry.removeProvider(core, service(5));
        assertEquals(List.of("Ship", "Dock"), registry.list().stream().map(NodeType::type).toList());
        assertTrue(registry.find(CoreTypes.SPACE).isEmpty());
        assertTrue(registry.dataSchema(CoreTypes.SPACE).isEmpty());

        assertEquals(3, changes.get());
        assertEquals(start + 3, registry.revision());
        subscription.close();
        registry.removeProvider(ships, service(9));
        assertEquals(3, changes.get(), "a closed subscription hears nothing");
        assertEquals(List.of(), registry.list());
    }

    @Test
    void theFirstRegisteredProviderWinsADuplicateWhateverTheBindOrder() {
        NodeType first = type("Ship", "first");
        NodeType second = type("Ship", "second");
        NodeTypeProvider early = provider(first);
        NodeTypeProvider late = provider(second);

        NodeTypeRegistryComponent a = new NodeTypeRegistryComponent();
        a.addProvider(early, service(3));
        a.addProvider(late, service(7));
        NodeTypeRegistryComponent b = new NodeTypeRegistryComponent();
        b.addProvider(late, service(7));
        b.addProvider(early, service(3));

        assertSame(first, a.find("Ship").orElseThrow());
        assertSame(first, b.find("Ship").orElseThrow());
        // When the winner leaves, the other takes over.
        b.removeProvider(early, service(3));
        assertSame(second, b.find("Ship").orElseThrow());
    }

    @Test
    void aFailingProviderIsLeftOutAndTheOthersStay() {
        NodeTypeRegistryComponent registry = new NodeTypeRegistryComponent();
        registry.add(() -> {
            throw new IllegalStateException("broken plugin");
        });
        registry.add(provider(type("Ship", "ok")));
        assertEquals(List.of("Ship"), registry.list().stream().map(NodeType::type).toList());
    }

    @Test
    void dataSchemasAreServedFromTheProvidingBundle() {
        NodeTypeRegistryComponent registry = new NodeTypeRegistryComponent();
        registry.add(new CoreNodeTypes());
        var schema = registry.dataSchema(CoreTypes.ENTITY).orElseThrow();
        assertEquals("https://schemas.universo-platformo.org/updl/nodes/Entity.schema.json", schema.path("$id").asText());
        // Callers get a copy: changing it does not change what the next caller sees.
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema).remove("properties");
        assertTrue(registry.dataSchema(CoreTypes.ENTITY).orElseThrow().has("properties"));
    }

    static Map<String, Object> service(long id) {
        return Map.of(Constants.SERVICE_ID, id);
    }

    static NodeType type(String id, String category) {
        return new NodeType(id, category, id, "A " + id, List.of(), List.of(new Port("out", Port.ANY, true)),
                "updl/nodes/Entity.schema.json", NodeTypeRegistryTest.class.getClassLoader());
    }

    static NodeTypeProvider provider(NodeType... types) {
        List<NodeType> list = List.of(types);
        return new NodeTypeProvider() {
            @Override
            public Collection<NodeType> nodeTypes() {
                return list;
            }
        };
    }
}
