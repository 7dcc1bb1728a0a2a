package org.universo.platformo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.universo.platformo.api.protocol.Event;
import org.universo.platformo.api.protocol.JoinPayload;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Ping;
import org.universo.platformo.api.protocol.Topics;
import org.universo.platformo.api.schema.Schemas;

class RoundTripTest {

    static Stream<Object> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void roundTripsAndMatchesItsSchema(Object sample) throws Exception {
        String json = SchemaSupport.MAPPER.writeValueAsString(sample);
        Object back = SchemaSupport.MAPPER.readValue(json, sample.getClass());
        assertEquals(sample, back, json);

        String again = SchemaSupport.MAPPER.writeValueAsString(back);
        assertEquals(json, again, "serialization is not stable");
        assertValid(Schemas.pathOf(sample.getClass()), SchemaSupport.MAPPER.readTree(again));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void messagesRoundTripPolymorphically(Object sample) throws Exception {
        if (!(sample instanceof Message message)) {
            return;
        }
        String json = SchemaSupport.MAPPER.writerFor(Message.class).writeValueAsString(message);
        Message back = SchemaSupport.MAPPER.readValue(json, Message.class);
        assertEquals(message, back, json);
        assertEquals(json, SchemaSupport.MAPPER.writeValueAsString(sample),
                "a message must serialize the same whether typed as Message or as its record");
        assertValid(Schemas.MESSAGE, SchemaSupport.MAPPER.readTree(json));
    }

    @Test
    void everyContractRecordHasASample() {
        Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> type : Contract.RECORDS.keySet()) {
            assertTrue(sampled.contains(type), "no sample for " + type.getSimpleName());
        }
    }

    @Test
    void wireNamesAreTheDesignedOnes() throws Exception {
        JsonNode intent = SchemaSupport.MAPPER.valueToTree(Samples.intent());
        assertEquals("intent", intent.get("type").asText());
        assertTrue(intent.has("tClient"), intent.toString());
        assertTrue(intent.get("payload").has("use_module"), intent.toString());

        JsonNode state = SchemaSupport.MAPPER.valueToTree(Samples.fullState());
        assertTrue(state.get("id").isTextual(), "EntityId must be a plain JSON string");

        String ping = SchemaSupport.MAPPER.writeValueAsString(new Ping(7));
        assertEquals("{\"type\":\"ping\",\"t0\":7}", ping);
    }

    @Test
    void eventPayloadConvertsToItsTypedRecord() {
        Event event = (Event) Samples.all().stream()
                .filter(s -> s instanceof Event e && e.topic().equals(Topics.SYSTEM_JOIN))
                .findFirst().orElseThrow();
        Class<? extends Record> type = Topics.payloadType(event.topic()).orElseThrow();
        Object payload = SchemaSupport.MAPPER.convertValue(event.payload(), type);
        assertEquals(new JoinPayload("user-42", Samples.SHIP), payload);
    }

    static void assertValid(String schemaPath, JsonNode json) {
        Set<ValidationMessage> errors = SchemaSupport.validate(schemaPath, json);
        assertTrue(errors.isEmpty(), () -> schemaPath + " rejected " + json + ": " + errors);
    }
}
