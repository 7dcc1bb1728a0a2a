package org.universo.platformo.template.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.utils.schema.SchemaValidators;

class SettingsCheckTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final SettingsCheck check = new SettingsCheck(SchemaValidators.create());

    @Test
    void fillsDefaultsAtEveryLevelAndReportsEveryFieldError() throws Exception {
        JsonNode schema = mapper.readTree("{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{"
                + "\"title\":{\"type\":\"string\",\"default\":\"Space\"},"
                + "\"camera\":{\"type\":\"object\",\"default\":{},\"properties\":{\"fov\":{\"type\":\"number\",\"default\":60}}},"
                + "\"mode\":{\"enum\":[\"a\",\"b\"],\"default\":\"a\"}}}");
        ObjectNode given = (ObjectNode) mapper.readTree("{\"mode\":\"b\",\"camera\":{}}");
        JsonNode accepted = check.accept(schema, given);
        assertEquals("Space", accepted.path("title").asText());
        assertEquals(60, accepted.at("/camera/fov").asInt());
        assertEquals("b", accepted.path("mode").asText());
        assertEquals("{\"mode\":\"b\",\"camera\":{}}", given.toString(), "the request is not changed");

        ApiException e = assertThrows(ApiException.class, () -> check.accept(schema,
                (ObjectNode) mapper.readTree("{\"mode\":\"c\",\"title\":5,\"extra\":true}")));
        String errors = e.details().get("errors").toString();
        assertTrue(errors.contains("/settings/mode") && errors.contains("/settings/title") && errors.contains("extra"), errors);
    }
}
