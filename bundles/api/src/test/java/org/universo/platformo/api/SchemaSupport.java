package org.universo.platformo.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.universo.platformo.api.schema.Schemas;

/** Shared mapper and validator; schema ids resolve to the classpath, and any attempt to go online fails. */
final class SchemaSupport {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
            .schemaMappers(m -> m.mapPrefix(Schemas.BASE_URI, "classpath:" + Schemas.ROOT))
            .schemaLoaders(l -> l.add(iri -> {
                String s = iri.toString();
                if (s.startsWith("http:") || s.startsWith("https:")) {
                    throw new IllegalStateException("Schema would be fetched over the network: " + s);
                }
                return null;
            })));

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private SchemaSupport() {
    }

    static JsonSchema schema(String path) {
        return CACHE.computeIfAbsent(path, p -> FACTORY.getSchema(SchemaLocation.of(Schemas.BASE_URI + p)));
    }

    static Set<ValidationMessage> validate(String path, JsonNode json) {
        return schema(path).validate(json);
    }

    /** The raw schema document, read as JSON for structural checks. */
    static JsonNode schemaDocument(String path) {
        try (InputStream in = Schemas.resource(path).openStream()) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
