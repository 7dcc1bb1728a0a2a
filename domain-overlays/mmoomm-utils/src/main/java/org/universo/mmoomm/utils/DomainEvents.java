package org.universo.mmoomm.utils;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.mmoomm.types.MmoommTopics;

/**
 * MMOOMM events as the room protocol and EventAdmin carry them: a topic and a flat JSON payload. A payload of the
 * wrong type for its topic is refused here, not found out by a client.
 */
public final class DomainEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DomainEvents() {
    }

    public static Map<String, Object> payload(String topic, Record payload) {
        Class<? extends Record> expected = MmoommTopics.PAYLOADS.get(topic);
        if (expected == null || !expected.isInstance(payload)) {
            throw new IllegalArgumentException(topic + " does not carry " + payload.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.convertValue(payload, LinkedHashMap.class);
        return m;
    }

    /** The EventAdmin topic of a protocol topic: {@code mmoomm.mining.yield} → {@code org/universo/mmoomm/mining/yield}. */
    public static String eventAdminTopic(String topic) {
        return "org/universo/mmoomm/" + topic.replace("mmoomm.", "").replace('.', '/');
    }

    public static <T extends Record> T read(String topic, Map<String, Object> payload, Class<T> type) {
        if (MmoommTopics.PAYLOADS.get(topic) != type) {
            throw new IllegalArgumentException(topic + " does not carry " + type.getSimpleName());
        }
        return JSON.convertValue(payload, type);
    }
}
