package org.universo.platformo.updl;

import org.universo.platformo.updl.diff.ValueChange;
import org.universo.platformo.updl.diff.FieldChange;
import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.updl.Fixtures.SCHEMAS;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.schema.JsonSchemaRef;
import org.universo.platformo.updl.diff.GraphDiff;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.ResolveOptions;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.updl.link.SpaceRef;
import org.universo.platformo.updl.link.SpaceSource;

/** Every exported record has a schema that matches what it serializes, and every schema file belongs to something. */
class SchemaCoverageTest {
    /** Service parameters, never sent over the wire. */
    private static final Set<Class<?>> WITHOUT_SCHEMA = Set.of(GraphLimits.class, ResolveOptions.class);
    private static final ClassLoader LOADER = SchemaCoverageTest.class.getClassLoader();

    @Test
    void everyExportedRecordHasAMatchingSchema() throws Exception {
        List<Class<?>> records = exportedRecords();
        assertTrue(records.size() > 25, "class scan found " + records);
        for (Class<?> type : records) {
            JsonSchemaRef ref = type.getAnnotation(JsonSchemaRef.class);
            assertNotNull(ref, type.getName() + " has no @JsonSchemaRef");
            JsonNode schema = schema(ref.value());
            assertEquals("https://schemas.universo-platformo.org/" + ref.value(), schema.path("$id").asText());
            assertEquals(type.getSimpleName(), schema.path("title").asText());
            assertFalse(schema.path("additionalProperties").asBoolean(true), ref.value() + " must be closed");
            Set<String> properties = new TreeSet<>();
            schema.path("properties").properties().forEach(p -> {
                properties.add(p.getKey());
                assertFalse(p.getValue().path("description").asText().isBlank(), ref.value() + "#" + p.getKey());
            });
            assertEquals(serialized(type), properties, ref.value() + " properties");
            schema.path("required").forEach(r -> assertTrue(properties.contains(r.asText()), ref.value() + " requires "
                    + r.asText()));
        }
    }

    @Test
    void everySchemaFileIsAUsableSchemaOfARecordOrANodeType() throws Exception {
        Set<String> expected = exportedRecords().stream().map(t -> t.getAnnotation(JsonSchemaRef.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
        Fixtures.REGISTRY.list().forEach(t -> expected.add(t.dataSchemaPath()));
        Path root = Path.of(LOADER.getResource("UNIVERSO-INF/schemas/updl").toURI()).getParent();
        Set<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, files);
        for (String file : files) {
            assertEquals(List.of(), SCHEMAS.checkSchema(LOADER, file), file);
        }
    }

    @Test
    void realisticInstancesOfEveryRecordFollowTheirSchemas() throws Exception {
        SpaceGraph sector = SampleSpaces.load(SampleSpaces.MMOOMM_SECTOR);
        Canvas canvas = sector.canvases().get(0);
        List<Object> instances = new ArrayList<>(List.of(sector, canvas, canvas.nodes().get(0), canvas.edges().get(0),
                canvas.nodes().get(0).position(), canvas.viewport(), canvas.diagram(), canvas.diagram().layers().get(0)));
        canvas.diagram().shapes().forEach(s -> {
            instances.add(s);
            instances.add(s.geometry());
            if (s.style() != null) {
                instances.add(s.style());
            }
        });
        Fixtures.REGISTRY.list().forEach(t -> {
            instances.add(t);
            instances.addAll(t.inputs());
        });
        instances.addAll(Fixtures.VALIDATOR.validate(new SpaceGraph(List.of(new Canvas("c", "c", 0,
                List.of(new Node("n", "Nope", new Position(1, 2), Map.of())), List.of()))), GraphLimits.DEFAULTS));
        LinkResolution resolution = UpdlServices.linkResolver().resolve(new SpaceRef("root", null),
                LinkResolverTest.graph(LinkResolverTest.link("A", 2), LinkResolverTest.link("B", null)),
                new OneSpace(new ResolvedSpace("A", 2, sector)), ResolveOptions.DEFAULTS);
        instances.add(resolution);
        instances.add(resolution.graph());
        instances.addAll(resolution.graph().spaces());
        instances.addAll(resolution.graph().dependencies());
        instances.addAll(resolution.problems());
        instances.add(resolution.contents().get(0));
        var changes = GraphDiff.diff(sector, SampleSpaces.load(SampleSpaces.QUIZ));
        instances.add(changes);
        instances.addAll(changes.canvases());
        instances.addAll(changes.nodes());
        instances.addAll(changes.edges());
        instances.addAll(changes.shapes());

        Set<Class<?>> covered = new HashSet<>();
        for (Object instance : instances) {
            String path = instance.getClass().getAnnotation(JsonSchemaRef.class).value();
            assertEquals(List.of(), SCHEMAS.validate(LOADER, path, Fixtures.tree(instance)), path + ": " + instance);
            covered.add(instance.getClass());
        }
        Set<Class<?>> missing = new HashSet<>(exportedRecords());
        missing.removeAll(covered);
        missing.removeAll(Set.of(FieldChange.class, ValueChange.class));
        assertEquals(Set.of(), missing, "records without an instance checked here");
    }

    private static Set<String> serialized(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getAnnotation(JsonIgnore.class) == null && c.getAccessor().getAnnotation(JsonIgnore.class) == null) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static JsonNode schema(String path) {
        return Fixtures.json("UNIVERSO-INF/schemas/" + path);
    }

    static List<Class<?>> exportedRecords() throws Exception {
        Path classes = Path.of(SpaceGraph.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : List.of("org/universo/platformo/updl", "org/universo/platformo/updl/spi",
                "org/universo/platformo/updl/link", "org/universo/platformo/updl/diff")) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = pkg.replace('/', '.') + "." + file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(name);
                    if (type.isRecord() && !name.contains("$") && !WITHOUT_SCHEMA.contains(type)) {
                        out.add(type);
                    }
                }
            }
        }
        return out;
    }

    /** A source that knows one space. */
    private record OneSpace(ResolvedSpace space) implements SpaceSource {
        @Override
        public Optional<ResolvedSpace> load(String spaceId, Integer version) {
            return spaceId.equals(space.spaceId()) ? Optional.of(space) : Optional.empty();
        }

        @Override
        public Optional<List<String>> unikSpaces(String unikId) {
            return Optional.empty();
        }

        @Override
        public Optional<List<String>> metaverseSpaces(String metaverseId) {
            return Optional.empty();
        }
    }
}
