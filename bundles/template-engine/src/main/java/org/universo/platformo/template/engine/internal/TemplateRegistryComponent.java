package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.template.TemplateInfo;
import org.universo.platformo.template.TemplateRefusal;
import org.universo.platformo.template.TemplateRegistry;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/**
 * Follows {@link TemplatePlugin} services. A plugin whose manifest or settings schema is broken, or that needs another
 * template API than this platform's, is logged and left out. Between two plugins with the same id the higher template version wins, then the older service, so installing
 * v2 next to v1 switches new builds to v2 at once.
 */
@Component(service = TemplateRegistry.class)
public final class TemplateRegistryComponent implements TemplateRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateRegistryComponent.class);
    /** The version of the template SPI this platform provides, checked against each plugin's platformApi range. */
    static final Version API = new Version(0, 1, 0);

    private record Entry(TemplatePlugin plugin, TemplateInfo info, Version version, long serviceId) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, TemplateRefusal> refusals = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final SchemaValidator schemas;
    private final ObjectMapper mapper = new ObjectMapper();

    @Activate
    public TemplateRegistryComponent(@Reference SchemaValidator schemas) {
        this.schemas = schemas;
    }

    @Reference(service = TemplatePlugin.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addPlugin(TemplatePlugin plugin, Map<String, Object> properties) {
        long id = (Long) properties.get(Constants.SERVICE_ID);
        String bundle = Failures.origin(plugin);
        String templateId = null;
        try {
            var manifest = plugin.manifest();
            templateId = manifest.id();
            if (!new VersionRange(manifest.platformApi()).includes(API)) {
                throw new IOException("it needs template API " + manifest.platformApi() + "; this platform has " + API);
            }
            JsonNode schema = readSchema(plugin);
            entries.put(id, new Entry(plugin, new TemplateInfo(manifest, schema), semver(manifest.version()), id));
            revision.incrementAndGet();
            LOG.info("Template {} {} is available", manifest.id(), manifest.version());
        } catch (RuntimeException | IOException | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            refusals.put(id, new TemplateRefusal(templateId, bundle, reason));
            revision.incrementAndGet();
            // the whole reason and, for a plugin's own fault, its stack trace: the operator's only view of it
            LOG.error("Template {} of bundle {} is left out: {}", templateId == null ? "(no manifest)" : templateId,
                    bundle, reason, e instanceof IOException ? null : e);
        }
    }

    void removePlugin(TemplatePlugin plugin, Map<String, Object> properties) {
        if (refusals.remove((Long) properties.get(Constants.SERVICE_ID)) != null) {
            revision.incrementAndGet();
        }
        Entry gone = entries.remove((Long) properties.get(Constants.SERVICE_ID));
        if (gone != null) {
            schemas.evict(plugin.resources());
            revision.incrementAndGet();
            LOG.info("Template {} {} is gone", gone.info().manifest().id(), gone.info().manifest().version());
        }
    }

    @Override
    public List<TemplateInfo> list() {
        List<Entry> winners = new ArrayList<>();
        entries.values().stream().map(e -> e.info().manifest().id()).distinct().sorted()
                .forEach(id -> winner(id).ifPresent(winners::add));
        return winners.stream().map(e -> e.info()).toList();
    }

    @Override
    public Optional<TemplateInfo> info(String id) {
        return winner(id).map(e -> e.info().settingsSchema() == null ? e.info() : new TemplateInfo(
                e.info().manifest(), e.info().settingsSchema().deepCopy()));
    }

    @Override
    public Optional<TemplatePlugin> plugin(String id) {
        return winner(id).map(Entry::plugin);
    }

    @Override
    public List<TemplateRefusal> refused() {
        return refusals.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    @Override
    public long revision() {
        return revision.get();
    }

    private Optional<Entry> winner(String id) {
        return entries.values().stream().filter(e -> e.info().manifest().id().equals(id))
                .max(Comparator.comparing(Entry::version).thenComparing(Entry::serviceId, Comparator.reverseOrder()));
    }

    private JsonNode readSchema(TemplatePlugin plugin) throws IOException {
        String path = SchemaValidator.SCHEMA_FOLDER + plugin.settingsSchemaPath();
        try (InputStream in = plugin.resources().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("its settings schema " + path + " is missing");
            }
            JsonNode schema = mapper.readTree(in);
            List<Violation> problems = schemas.checkSchema(schema);
            if (!problems.isEmpty()) {
                throw new IOException("its settings schema is not a valid JSON Schema: " + problems);
            }
            return schema;
        }
    }

    private static Version semver(String v) {
        int cut = v.indexOf('-') >= 0 ? v.indexOf('-') : v.indexOf('+');
        return Version.parseVersion(cut < 0 ? v : v.substring(0, cut));
    }
}
