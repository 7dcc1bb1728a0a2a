package org.universo.platformo.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiBuilderTest {
    private final JsonNode doc = new OpenApiBuilder().build(List.of(SampleResource.class));

    @Test
    void everyRouteIsDocumentedWithItsParameters() {
        JsonNode paths = doc.path("paths");
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertEquals(3, paths.size(), paths.toString());
        JsonNode list = paths.path("/greetings").path("get");
        assertEquals("limit", list.path("parameters").get(0).path("name").asText());
        assertEquals("query", list.path("parameters").get(0).path("in").asText());
        JsonNode one = paths.path("/greetings/{id}").path("get");
        assertEquals("path", one.path("parameters").get(0).path("in").asText());
        assertTrue(one.path("parameters").get(0).path("required").asBoolean());
        assertTrue(paths.path("/greetings/{id}").has("delete"));
        assertTrue(paths.path("/greetings/{id}").path("delete").path("responses").has("204"));
    }

    @Test
    void referencesBetweenSchemaFilesBecomeComponentReferences() {
        JsonNode envelope = doc.path("components").path("schemas").path("Envelope");
        assertEquals("#/components/schemas/Greeting", envelope.path("properties").path("greeting").path("$ref").asText());
        assertEquals("#/components/schemas/Greeting",
                envelope.path("properties").path("history").path("items").path("$ref").asText());
        assertFalse(doc.toString().contains(".schema.json\""), "no file references left: " + doc);
    }

    @Test
    void securityFollowsTheAnnotations() {
        assertFalse(doc.path("paths").path("/greetings").path("get").has("security"), "@PermitAll is public");
        assertTrue(doc.path("paths").path("/greetings").path("post").has("security"));
        assertEquals("admin", doc.path("paths").path("/greetings/{id}").path("delete").path("x-roles").get(0).asText());
        assertTrue(doc.path("paths").path("/greetings").path("post").path("responses").has("401"));
    }

    @Test
    void bodiesUseTheirJsonSchemasAndErrorsTheErrorSchema() {
        JsonNode post = doc.path("paths").path("/greetings").path("post");
        assertEquals("#/components/schemas/Greeting",
                post.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText());
        assertEquals(0, post.path("parameters").size(), "the @Context parameter is not a parameter");
        JsonNode schemas = doc.path("components").path("schemas");
        assertEquals("Greeting", schemas.path("Greeting").path("title").asText());
        assertTrue(schemas.path("Greeting").path("$id").isMissingNode(), "no $id to re-base references");
        assertEquals("object", schemas.path("Plain").path("type").asText());
        assertEquals("integer", schemas.path("Plain").path("properties").path("count").path("type").asText());
        assertTrue(schemas.has("ApiError"));
    }

    /** Two bodies with one simple name: each must keep its own schema in the document. */
    @javax.ws.rs.Path("twins")
    public static class Twins {
        public record Item(String a) {
        }

        public static final class Other {
            public record Item(int b) {
            }
        }

        @javax.ws.rs.POST
        @javax.ws.rs.Path("a")
        public void a(Item body) {
        }

        @javax.ws.rs.POST
        @javax.ws.rs.Path("b")
        public void b(Other.Item body) {
        }
    }

    @Test
    void schemasWithOneSimpleNameGetDistinctComponents() {
        JsonNode twins = new OpenApiBuilder().build(List.of(SampleResource.class, Twins.class));
        String a = twins.at("/paths/~1twins~1a/post/requestBody/content/application~1json/schema/$ref").asText();
        String b = twins.at("/paths/~1twins~1b/post/requestBody/content/application~1json/schema/$ref").asText();
        assertFalse(a.equals(b), a + " " + b);
        JsonNode schemas = twins.path("components").path("schemas");
        assertEquals("string", schemas.path(a.substring(a.lastIndexOf('/') + 1)).at("/properties/a/type").asText());
        assertEquals("integer", schemas.path(b.substring(b.lastIndexOf('/') + 1)).at("/properties/b/type").asText());
    }
}
