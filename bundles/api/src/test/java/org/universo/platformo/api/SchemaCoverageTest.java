package org.universo.platformo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Topics;
import org.universo.platformo.api.schema.Schemas;

/** Schemas are the source of truth: every record must follow one, and no schema may lack its record. */
class SchemaCoverageTest {

    @Test
    void everyListedRecordPointsAtItsSchema() {
        Contract.RECORDS.forEach((type, path) -> {
            assertTrue(type.isRecord(), type + " is not a record");
            assertEquals(path, Schemas.pathOf(type), "@JsonSchemaRef of " + type.getSimpleName());
            assertNotNull(Schemas.resource(path));
        });
    }

    @Test
    void everySchemaFileBelongsToAKnownType() throws Exception {
        Set<String> expected = new TreeSet<>(Contract.RECORDS.values());
        expected.addAll(Contract.NON_RECORD_SCHEMAS.keySet());
        assertEquals(expected, schemaFiles(), "schema files and contract types differ");
    }

    @Test
    void everyRecordInTheApiPackagesIsListed() throws Exception {
        Set<Class<?>> records = apiClasses().stream()
                .filter(Class::isRecord)
                .filter(c -> !Contract.WITHOUT_SCHEMAS.contains(c.getPackageName()))
                .collect(Collectors.toSet());
        assertFalse(records.isEmpty(), "class scan found nothing");
        for (Class<?> type : records) {
            assertTrue(Contract.RECORDS.containsKey(type), type.getName() + " has no schema in the table");
        }
        assertEquals(Contract.RECORDS.keySet(), records);
    }

    @Test
    void schemaHeadersAreConsistent() throws Exception {
        for (String path : schemaFiles()) {
            JsonNode schema = SchemaSupport.schemaDocument(path);
            assertEquals(SchemaSupport.META_SCHEMA, schema.path("$schema").asText(), path);
            assertEquals(Schemas.BASE_URI + path, schema.path("$id").asText(), path);
            String name = path.substring(path.lastIndexOf('/') + 1, path.indexOf(".schema.json"));
            assertEquals(name, schema.path("title").asText(), path);
            assertFalse(schema.path("description").asText().isBlank(), path + " lacks a description");
            assertTrue(schema.has("type"), path + " lacks a type");
            schema.path("properties").properties().forEach(p -> assertFalse(
                    p.getValue().path("description").asText().isBlank(), path + "#" + p.getKey() + " lacks a description"));
        }
    }

    @Test
    void schemasAreValidDraft202012() throws Exception {
        for (String path : schemaFiles()) {
            var errors = SchemaSupport.FACTORY.getSchema(SchemaLocation.of(SchemaSupport.META_SCHEMA))
                    .validate(SchemaSupport.schemaDocument(path));
            assertTrue(errors.isEmpty(), path + ": " + errors);
        }
    }

    /** Property names, closedness and required-ness of each object schema match what the record does. */
    @Test
    void recordsFollowTheirSchemas() throws Exception {
        Map<Class<?>, Object> samples = Samples.all().stream().collect(Collectors.toMap(
                Object::getClass, Function.identity(), (a, b) -> presentComponents(b) > presentComponents(a) ? b : a));
        for (Map.Entry<Class<?>, String> entry : Contract.RECORDS.entrySet()) {
            Class<?> type = entry.getKey();
            JsonNode schema = SchemaSupport.schemaDocument(entry.getValue());
            if (!"object".equals(schema.path("type").asText())) {
                continue;
            }
            assertFalse(schema.path("additionalProperties").asBoolean(true), entry.getValue() + " must be closed");

            Map<String, String> jsonToComponent = jsonProperties(type);
            Set<String> expected = new HashSet<>(jsonToComponent.keySet());
            if (Message.class.isAssignableFrom(type)) {
                expected.add("type");
                String name = type.getAnnotation(JsonTypeName.class).value();
                assertEquals(name, schema.path("properties").path("type").path("const").asText(), entry.getValue());
            }
            assertEquals(expected, names(schema.path("properties")), entry.getValue() + " properties");

            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            assertTrue(expected.containsAll(required), entry.getValue() + " requires unknown properties");
            for (Map.Entry<String, String> property : jsonToComponent.entrySet()) {
                checkRequiredness(samples.get(type), property.getValue(), required.contains(property.getKey()));
            }
        }
    }

    @Test
    void messageSchemaCoversEverySubtype() {
        JsonNode schema = SchemaSupport.schemaDocument(Schemas.MESSAGE);
        Set<String> refs = new HashSet<>();
        schema.path("oneOf").forEach(n -> refs.add("protocol/" + n.path("$ref").asText()));
        Set<String> names = new HashSet<>();
        schema.path("properties").path("type").path("enum").forEach(n -> names.add(n.asText()));

        Set<String> expectedRefs = new HashSet<>();
        Set<String> expectedNames = new HashSet<>();
        for (JsonSubTypes.Type sub : Message.class.getAnnotation(JsonSubTypes.class).value()) {
            expectedRefs.add(Schemas.pathOf(sub.value()));
            expectedNames.add(sub.value().getAnnotation(JsonTypeName.class).value());
        }
        assertEquals(Set.of(Message.class.getPermittedSubclasses()),
                Arrays.stream(Message.class.getAnnotation(JsonSubTypes.class).value())
                        .map(JsonSubTypes.Type::value).collect(Collectors.toSet()));
        assertEquals(expectedRefs, refs);
        assertEquals(expectedNames, names);
    }

    @Test
    void apiErrorSchemaListsEveryErrorCode() {
        Set<String> inSchema = new HashSet<>();
        SchemaSupport.schemaDocument("error/ApiError.schema.json").path("properties").path("code").path("enum")
                .forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet()), inSchema);
    }

    @Test
    void eventSchemaBindsEveryTypedTopic() {
        Map<String, String> bound = new HashMap<>();
        SchemaSupport.schemaDocument("protocol/Event.schema.json").path("allOf").forEach(rule -> bound.put(
                rule.path("if").path("properties").path("topic").path("const").asText(),
                "protocol/" + rule.path("then").path("properties").path("payload").path("$ref").asText()));
        List<String> topics = List.of(Topics.SYSTEM_JOIN, Topics.SYSTEM_LEAVE, Topics.SYSTEM_TRANSFER, Topics.COMBAT_HIT,
                Topics.COMBAT_DESTROYED, Topics.ECONOMY_TRANSFER);
        assertEquals(Set.copyOf(topics), bound.keySet());
        for (String topic : topics) {
            assertEquals(Schemas.pathOf(Topics.payloadType(topic).orElseThrow()), bound.get(topic), topic);
        }
    }

    /** JSON name to record component name, as Jackson sees it. */
    private static Map<String, String> jsonProperties(Class<?> type) {
        var description = SchemaSupport.MAPPER.getSerializationConfig()
                .introspect(SchemaSupport.MAPPER.constructType(type));
        return description.findProperties().stream()
                .collect(Collectors.toMap(BeanPropertyDefinition::getName, BeanPropertyDefinition::getInternalName));
    }

    /** Nulls one component of a valid sample: the record must reject it exactly when the schema requires it. */
    private static void checkRequiredness(Object sample, String component, boolean required) throws Exception {
        Class<?> type = sample.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getAccessor().invoke(sample);
            if (components[i].getName().equals(component)) {
                found = true;
                if (components[i].getType().isPrimitive()) {
                    return;
                }
                args[i] = null;
            }
        }
        assertTrue(found, type.getSimpleName() + " has no component " + component);
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        String what = type.getSimpleName() + "." + component;
        if (required) {
            var thrown = assertThrows(InvocationTargetException.class,
                    () -> canonical.newInstance(args), what + " is required by the schema but accepts null");
            assertTrue(thrown.getCause() instanceof IllegalArgumentException, what + ": " + thrown.getCause());
        } else {
            try {
                canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                fail(what + " is optional in the schema but rejects null: " + e.getCause());
            }
        }
    }

    /** The richest sample of a type is the one that can lose any single optional value and stay valid. */
    private static long presentComponents(Object sample) {
        return Arrays.stream(sample.getClass().getRecordComponents()).filter(c -> {
            try {
                return c.getAccessor().invoke(sample) != null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    static Set<String> schemaFiles() throws IOException, URISyntaxException {
        Path root = Path.of(Schemas.class.getClassLoader().getResource(Schemas.ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .peek(p -> assertTrue(p.endsWith(".schema.json"), "unexpected file in schema folder: " + p))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every top-level class compiled into the api packages, found on disk rather than from a list. */
    static List<Class<?>> apiClasses() throws Exception {
        Path classes = Path.of(Schemas.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path base = classes.resolve("org/universo/platformo/api");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.contains("$") || name.endsWith("package-info.class")) {
                    continue;
                }
                found.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                        SchemaCoverageTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
