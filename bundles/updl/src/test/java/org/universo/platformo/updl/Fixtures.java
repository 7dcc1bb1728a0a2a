package org.universo.platformo.updl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.SchemaValidators;

/** Shared test services and fixture loading. */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final SchemaValidator SCHEMAS = SchemaValidators.create();
    static final NodeTypeRegistry REGISTRY = UpdlServices.registry(UpdlServices.coreNodeTypes());
    static final GraphValidator VALIDATOR = UpdlServices.graphValidator(REGISTRY, SCHEMAS);
    static final UpstreamCanvasFormat UPSTREAM = UpdlServices.upstreamFormat(REGISTRY);

    private Fixtures() {
    }

    static JsonNode json(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode upstream(String name) {
        return json("fixtures/upstream-" + name + ".json");
    }

    static Canvas imported(String name) {
        return UPSTREAM.importCanvas(upstream(name), "main", name, 0);
    }

    /** The JSON a client would send or store for a record. */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Serializes and reads back, as storage or the wire would. */
    static <T> T roundTrip(T value, Class<T> type) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsBytes(value), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
