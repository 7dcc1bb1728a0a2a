package org.universo.mmoomm.utils;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.universo.mmoomm.types.MmoommTopics;
import org.universo.platformo.realtime.Rooms;

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

    /**
     * EventAdmin properties of an event also meant for players: the payload's fields (for server-side subscribers)
     * and the realtime contract's keys, so the rooms deliver it to these users' clients (once to a user named twice).
     */
    public static Map<String, Object> forPlayers(String topic, Record payload, String... userIds) {
        Map<String, Object> p = payload(topic, payload);
        Map<String, Object> props = new LinkedHashMap<>(p);
        props.put(Rooms.EVENT_USERS, Arrays.stream(userIds).distinct().toArray(String[]::new));
        props.put(Rooms.EVENT_TOPIC, topic);
        props.put(Rooms.EVENT_PAYLOAD, p);
        return props;
    }

    public static <T extends Record> T read(String topic, Map<String, Object> payload, Class<T> type) {
        if (MmoommTopics.PAYLOADS.get(topic) != type) {
            throw new IllegalArgumentException(topic + " does not carry " + type.getSimpleName());
        }
        return JSON.convertValue(payload, type);
    }
}
