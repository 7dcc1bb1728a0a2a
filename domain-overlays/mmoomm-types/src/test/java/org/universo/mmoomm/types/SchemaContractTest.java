package org.universo.mmoomm.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every schema has its Java type of the same name, with the same fields or values; the schema is the source. */
class SchemaContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("src/main/resources/UNIVERSO-INF/schemas/mmoomm");

    @Test
    void recordsAndEnumsFollowTheirSchemas() throws Exception {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replace(".schema.json", "");
                JsonNode schema = JSON.readTree(f.toFile());
                Class<?> type = Class.forName("org.universo.mmoomm.types." + name);
                if (type.isEnum()) {
                    List<String> wires = Arrays.stream(type.getEnumConstants()).map(c -> JSON.valueToTree(c).asText())
                            .toList();
                    List<String> values = new ArrayList<>();
                    schema.path("enum").forEach(v -> values.add(v.asText()));
                    assertEquals(values, wires, name);
                } else {
                    TreeSet<String> components = new TreeSet<>(Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName).toList());
                    TreeSet<String> properties = new TreeSet<>();
                    schema.path("properties").fieldNames().forEachRemaining(properties::add);
                    TreeSet<String> required = new TreeSet<>();
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    assertEquals(properties, components, name + " fields");
                    assertEquals(properties, required, name + ": every field is required");
                }
                checked.add(name);
            }
        }
        assertEquals(13, checked.size(), checked.toString());
    }

    @Test
    void payloadsOfTopicsSerializeToTheirSchemaShape() throws IOException {
        TradeOrderPayload p = new TradeOrderPayload("o1", "s1", OrderType.SELL, "iron", 1500, 250);
        JsonNode json = JSON.valueToTree(p);
        assertEquals("sell", json.path("type").asText());
        assertEquals(p, JSON.treeToValue(json, TradeOrderPayload.class));
        try (InputStream in = getClass().getResourceAsStream("/UNIVERSO-INF/schemas/mmoomm/OrderType.schema.json")) {
            assertEquals("buy", JSON.readTree(in).path("enum").get(0).asText());
        }
    }

    @Test
    void wireNamesAreTheOnlyWayIn() {
        assertEquals(WalletCurrency.INMO, WalletCurrency.of("INMO"));
        assertThrows(IllegalArgumentException.class, () -> DamageType.of("plasma"));
        assertThrows(IllegalArgumentException.class, () -> new Resistances(0.1, 0.2, 1.5, 0));
    }
}
