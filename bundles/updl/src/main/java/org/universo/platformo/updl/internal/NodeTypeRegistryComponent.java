package org.universo.platformo.updl.internal;

import java.util.Collections;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.spi.NodeType;
import org.universo.platformo.updl.spi.NodeTypeProvider;
import org.universo.platformo.utils.schema.SchemaValidator;

/**
 * Whiteboard of {@link NodeTypeProvider} services. Providers are ordered by {@code service.id}, so the winner of a
 * duplicate type id does not depend on the order in which DS happens to bind them.
 */
@Component(service = NodeTypeRegistry.class)
public final class NodeTypeRegistryComponent implements NodeTypeRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(NodeTypeRegistryComponent.class);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Object lock = new Object();
    private final TreeMap<Long, NodeTypeProvider> providers = new TreeMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> schemas = new ConcurrentHashMap<>();
    private volatile Map<String, NodeType> effective = Map.of();
    private volatile long revision;
    // Keys for providers added outside OSGi; far above real service ids so both kinds never collide.
    private long nextLocalKey = Long.MAX_VALUE / 2;

    @Activate
    public NodeTypeRegistryComponent() {
    }

    @Reference(service = NodeTypeProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(NodeTypeProvider provider, Map<String, Object> properties) {
        change(() -> providers.put(serviceId(properties), provider));
    }

    void removeProvider(NodeTypeProvider provider, Map<String, Object> properties) {
        change(() -> providers.remove(serviceId(properties), provider));
    }

    /** Outside OSGi: adds a provider as if it had just been registered. */
    public void add(NodeTypeProvider provider) {
        change(() -> providers.put(nextLocalKey++, provider));
    }

    /** Outside OSGi: removes a provider added with {@link #add}. */
    public void remove(NodeTypeProvider provider) {
        change(() -> providers.values().removeIf(p -> p == provider));
    }

    @Override
    public List<NodeType> list() {
        return List.copyOf(effective.values());
    }

    @Override
    public Optional<NodeType> find(String type) {
        return Optional.ofNullable(type == null ? null : effective.get(type));
    }

    @Override
    public Optional<JsonNode> dataSchema(String type) {
        return find(type).map(t -> schemas.computeIfAbsent(t.type(), k -> read(t)).deepCopy());
    }

    @Override
    public long revision() {
        return revision;
    }

    @Override
    public Subscription onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void change(Runnable mutation) {
        synchronized (lock) {
            mutation.run();
            effective = merge();
            schemas.clear();
            revision++;
        }
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A node type listener failed", e);
            }
        }
    }

    private Map<String, NodeType> merge() {
        Map<String, NodeType> out = new LinkedHashMap<>();
        Map<String, NodeTypeProvider> owners = new LinkedHashMap<>();
        for (NodeTypeProvider provider : providers.values()) {
            for (NodeType type : typesOf(provider)) {
                NodeTypeProvider owner = owners.putIfAbsent(type.type(), provider);
                if (owner == null) {
                    out.put(type.type(), type);
                } else if (owner != provider || out.get(type.type()) != type) {
                    LOG.warn("Node type '{}' of {} is ignored: {} registered it first", type.type(),
                            provider.getClass().getName(), owner.getClass().getName());
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<NodeType> typesOf(NodeTypeProvider provider) {
        try {
            return new ArrayList<>(provider.nodeTypes());
        } catch (RuntimeException e) {
            LOG.warn("Node type provider {} failed; its types are left out", provider.getClass().getName(), e);
            return List.of();
        }
    }

    private JsonNode read(NodeType type) {
        String path = SchemaValidator.SCHEMA_FOLDER + type.dataSchemaPath();
        try (InputStream in = type.schemaLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Node type " + type.type() + " names a missing schema " + path);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Schema " + path + " of node type " + type.type() + " is not JSON", e);
        }
    }

    private static long serviceId(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        if (!(id instanceof Long value)) {
            throw new IllegalArgumentException("A service without service.id: " + properties);
        }
        return value;
    }
}
