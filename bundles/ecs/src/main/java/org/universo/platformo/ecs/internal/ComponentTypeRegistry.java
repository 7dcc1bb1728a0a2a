package org.universo.platformo.ecs.internal;

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
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.ecs.ComponentTypes;
import org.universo.platformo.ecs.spi.ComponentType;
import org.universo.platformo.ecs.spi.ComponentTypeProvider;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/**
 * Whiteboard of {@link ComponentTypeProvider}s. Of two providers of one type name the one registered first (lowest
 * service id) wins, so the outcome does not depend on binding order. A type whose schema admits a number without
 * finite bounds is left out (and logged), so no stored component can carry 1e308 into a simulation.
 */
@Component(service = ComponentTypes.class)
public final class ComponentTypeRegistry implements ComponentTypes {
    private static final Logger LOG = LoggerFactory.getLogger(ComponentTypeRegistry.class);
    private record Entry(ComponentType type, ComponentTypeProvider provider, JsonNode schema) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final SchemaValidator validator;
    private final TreeMap<Long, ComponentTypeProvider> providers = new TreeMap<>();
    private volatile Map<String, Entry> effective = Map.of();
    private long nextLocalKey = Long.MAX_VALUE / 2;

    @Activate
    public ComponentTypeRegistry(@Reference SchemaValidator validator) {
        this.validator = validator;
    }

    @Reference(service = ComponentTypeProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addProvider(ComponentTypeProvider provider, Map<String, Object> properties) {
        providers.put((Long) properties.get(Constants.SERVICE_ID), provider);
        effective = merge();
    }

    synchronized void removeProvider(ComponentTypeProvider provider, Map<String, Object> properties) {
        providers.remove((Long) properties.get(Constants.SERVICE_ID), provider);
        effective = merge();
        for (ComponentType t : typesOf(provider)) {
            validator.evict(t.schemaLoader());
        }
    }

    /** Outside OSGi (tests): adds a provider as if it had just been registered. */
    public synchronized void add(ComponentTypeProvider provider) {
        providers.put(nextLocalKey++, provider);
        effective = merge();
    }

    @Override
    public List<Info> list() {
        return effective.values().stream().map(e -> new Info(e.type.type(), e.type.description(), e.schema.deepCopy()))
                .toList();
    }

    @Override
    public Optional<Info> find(String type) {
        Entry e = type == null ? null : effective.get(type);
        return Optional.ofNullable(e).map(x -> new Info(x.type.type(), x.type.description(), x.schema.deepCopy()));
    }

    @Override
    public List<Violation> check(String type, JsonNode data) {
        Entry e = type == null ? null : effective.get(type);
        if (e == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Unknown component type " + type + "; known: "
                    + String.join(", ", effective.keySet()), Map.of("type", String.valueOf(type)));
        }
        List<Violation> found = validator.validate(e.type.schemaLoader(), e.type.schemaPath(), data);
        if (!found.isEmpty()) {
            return found;
        }
        try {
            return e.provider.check(type, data);
        } catch (RuntimeException failure) {
            LOG.warn("Component type {} rule check failed", type, failure);
            return List.of(new Violation("", "rule", "the check of " + type + " failed"));
        }
    }

    private Map<String, Entry> merge() {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (ComponentTypeProvider p : providers.values()) {
            for (ComponentType t : typesOf(p)) {
                if (out.containsKey(t.type())) {
                    LOG.warn("Component type {} of {} is ignored: another bundle registered it first", t.type(),
                            p.getClass().getName());
                    continue;
                }
                try {
                    JsonNode schema = read(t);
                    List<Violation> open = validator.checkBounds(t.schemaLoader(), t.schemaPath());
                    if (!open.isEmpty()) {
                        // A room computes with these values: 1e308 in a position becomes NaN and stops the world.
                        LOG.warn("Component type {} of {} is left out: every number needs a finite minimum and"
                                + " maximum in its schema; open: {}", t.type(), p.getClass().getName(), open);
                        continue;
                    }
                    out.put(t.type(), new Entry(t, p, schema));
                } catch (IllegalStateException | IllegalArgumentException e) {
                    LOG.warn("Component type {} is left out: {}", t.type(), e.getMessage());
                }
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<ComponentType> typesOf(ComponentTypeProvider p) {
        try {
            return new ArrayList<>(p.componentTypes());
        } catch (RuntimeException e) {
            LOG.warn("Component type provider {} failed; its types are left out", p.getClass().getName(), e);
            return List.of();
        }
    }

    private JsonNode read(ComponentType t) {
        String path = SchemaValidator.SCHEMA_FOLDER + t.schemaPath();
        try (InputStream in = t.schemaLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + path);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("schema " + path + " is not JSON");
        }
    }
}
