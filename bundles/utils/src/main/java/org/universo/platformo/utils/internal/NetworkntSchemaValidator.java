package org.universo.platformo.utils.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.universo.platformo.utils.schema.JsonText;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/** {@link SchemaValidator} on top of networknt json-schema-validator 1.5. */
@Component(service = SchemaValidator.class)
public final class NetworkntSchemaValidator implements SchemaValidator {

    private static final String META_SCHEMA_IRI = "https://json-schema.org/draft/2020-12/schema";

    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            // Asserted rather than annotation-only: our schemas use format to mean a constraint.
            .formatAssertionsEnabled(true)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaFactory dataFactory = newFactory(null);
    private final SchemaCache cache = new SchemaCache(NetworkntSchemaValidator::newFactory);
    private final JsonSchema metaSchema;

    @Activate
    public NetworkntSchemaValidator() {
        metaSchema = initialized(dataFactory.getSchema(SchemaLocation.of(META_SCHEMA_IRI), config));
    }

    private static JsonSchemaFactory newFactory(ClassLoader bundleLoader) {
        LocalSchemaLoader loader = new LocalSchemaLoader(bundleLoader);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(loader)));
    }

    @Override
    public List<Violation> validate(ClassLoader loader, String schemaPath, JsonNode instance) {
        Objects.requireNonNull(instance, "instance");
        JsonSchema schema = compiled(loader, checkedPath(loader, schemaPath));
        return checked(instance, () -> run(schema, instance, "'" + schemaPath + "'"));
    }

    @Override
    public List<Violation> validate(JsonNode schema, JsonNode instance) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(instance, "instance");
        JsonSchema compiled;
        try {
            compiled = initialized(dataFactory.getSchema(schema, config));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The schema cannot be compiled: " + Violations.describe(e), e);
        }
        return checked(instance, () -> run(compiled, instance, "given as data"));
    }

    @Override
    public List<Violation> checkSchema(JsonNode schema) {
        Objects.requireNonNull(schema, "schema");
        List<Violation> problems = metaProblems(schema);
        if (problems.isEmpty()) {
            try {
                initialized(dataFactory.getSchema(schema, config));
            } catch (RuntimeException e) {
                problems.add(compileProblem(e));
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public List<Violation> checkSchema(ClassLoader loader, String schemaPath) {
        String path = checkedPath(loader, schemaPath);
        requireFile(loader, path);
        JsonNode schema;
        try (InputStream in = loader.getResourceAsStream(SCHEMA_FOLDER + path)) {
            schema = mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Schema file '" + SCHEMA_FOLDER + path + "' is not valid JSON: "
                    + Violations.describe(e), e);
        }
        List<Violation> problems = metaProblems(schema);
        if (problems.isEmpty()) {
            try {
                compiled(loader, path);
            } catch (IllegalArgumentException e) {
                problems.add(compileProblem(e));
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public List<Violation> checkBounds(ClassLoader loader, String schemaPath) {
        String path = checkedPath(loader, schemaPath);
        requireFile(loader, path);
        return NumberBounds.check(mapper, loader, path);
    }

    @Override
    public void evict(ClassLoader loader) {
        cache.evict(Objects.requireNonNull(loader, "loader"));
    }

    /** For tests: compiled schemas currently cached for {@code loader}. */
    int cachedSchemas(ClassLoader loader) {
        return cache.size(loader);
    }

    /** For tests: class loaders currently holding cache entries. */
    int cachedLoaders() {
        return cache.loaderCount();
    }

    private JsonSchema compiled(ClassLoader loader, String path) {
        return cache.get(loader, path, (factory, p) -> {
            requireFile(loader, p);
            try {
                return initialized(factory.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + p), config));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Schema '" + SCHEMA_FOLDER + p + "' cannot be compiled: "
                        + Violations.describe(e), e);
            }
        });
    }

    /** Forces all references to load now, so a broken one fails here and not mid-validation. */
    private static JsonSchema initialized(JsonSchema schema) {
        schema.initializeValidators();
        return schema;
    }

    private List<Violation> run(JsonSchema schema, JsonNode instance, String schemaName) {
        try {
            return Violations.of(schema.validate(instance));
        } catch (RuntimeException e) {
            // A reference deeper than networknt preloads may still fail lazily.
            throw new IllegalArgumentException("Schema " + schemaName + " cannot be evaluated: "
                    + Violations.describe(e), e);
        }
    }

    /**
     * Non-finite numbers and unstorable text are refused whatever the schema says. A non-finite number is refused
     * before the schema runs: networknt's enum, const and multipleOf keywords turn numbers into BigDecimal, which
     * throws on Infinity.
     */
    private static List<Violation> checked(JsonNode instance, Supplier<List<Violation>> schema) {
        Violation infinite = FiniteNumbers.first(instance);
        Violation text = JsonText.firstUnstorable(instance);
        List<Violation> found = infinite == null ? schema.get() : List.of();
        if (infinite == null && text == null) {
            return found;
        }
        List<Violation> all = new ArrayList<>(found.size() + 2);
        if (infinite != null) {
            all.add(infinite);
        }
        if (text != null) {
            all.add(text);
        }
        all.addAll(found);
        return List.copyOf(all);
    }

    private List<Violation> metaProblems(JsonNode schema) {
        List<Violation> problems = new ArrayList<>(Violations.of(metaSchema.validate(schema)));
        JsonNode declared = schema.path("$schema");
        if (declared.isTextual() && !declared.textValue().replaceFirst("#$", "").equals(META_SCHEMA_IRI)) {
            problems.add(new Violation("/$schema", "$schema", "only JSON Schema 2020-12 ("
                    + META_SCHEMA_IRI + ") is supported, found '" + declared.textValue() + "'"));
        }
        return problems;
    }

    private static Violation compileProblem(RuntimeException e) {
        String keyword = Violations.isReferenceFailure(e) ? "$ref" : "schema";
        return new Violation("", keyword, Violations.describe(e));
    }

    private static String checkedPath(ClassLoader loader, String schemaPath) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(schemaPath, "schemaPath");
        String path = LocalSchemaLoader.normalize(schemaPath);
        if (path == null) {
            throw new IllegalArgumentException("Invalid schema path '" + schemaPath
                    + "': it must be a file path relative to " + SCHEMA_FOLDER);
        }
        return path;
    }

    /** Checked before compiling so a missing file gets a clearer message than networknt's. */
    private static void requireFile(ClassLoader loader, String path) {
        if (loader.getResource(SCHEMA_FOLDER + path) == null) {
            throw new IllegalArgumentException("Schema file '" + SCHEMA_FOLDER + path
                    + "' not found by the given class loader; it must be packaged in the bundle under "
                    + SCHEMA_FOLDER);
        }
    }
}
