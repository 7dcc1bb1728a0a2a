package org.universo.platformo.realtime.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.ecs.EntityId;
import org.universo.platformo.api.protocol.Delta;
import org.universo.platformo.api.protocol.EntityState;
import org.universo.platformo.api.protocol.EntityUpdate;
import org.universo.platformo.api.protocol.Message;
import org.universo.platformo.api.protocol.Snapshot;

/** The JSON form: one message per text frame, shaped by the api bundle's schemas; unknown fields are refused. */
public final class JsonCodec {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ObjectWriter writer = mapper.writerFor(Message.class);
    private final ObjectReader reader = mapper.readerFor(Message.class);

    public String encode(Message m) {
        try {
            return writer.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws MalformedFrameException for text that is not a valid message */
    public Message decode(String text) {
        try {
            requireFiniteNumbers(text);
            return reader.readValue(text);
        } catch (MalformedFrameException e) {
            throw e;
        } catch (java.io.IOException | IllegalArgumentException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new MalformedFrameException(why == null ? "not a message" : why.lines().findFirst().orElse(why));
        }
    }

    /**
     * 1e309 reads as Infinity, which no record check sees inside free-form parameters; a simulation fed it spreads NaN.
     */
    private void requireFiniteNumbers(String text) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonParser p = mapper.getFactory().createParser(text)) {
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(p.getDoubleValue())) {
                    throw new MalformedFrameException("numbers must be finite; got " + p.getText() + " at "
                            + p.getParsingContext().pathAsPointer());
                }
            }
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public Snapshot snapshot(long tick, long tServer, View view) {
        List<EntityState> all = new ArrayList<>(view.entities().length);
        for (NetEntity e : view.entities()) {
            all.add(e.state(true, components(e.components())));
        }
        return new Snapshot(tick, tServer, true, all);
    }

    public Delta delta(long tick, long baseTick, long tServer, Changes c) {
        List<EntityUpdate> updated = new ArrayList<>(c.updated().size());
        for (Changes.Update u : c.updated()) {
            EntityState s = u.now().state(true, components(u.now().components()));
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            if ((u.mask() & Changes.POS) != 0) {
                fields.put("pos", s.pos());
            }
            if ((u.mask() & Changes.ROT) != 0) {
                fields.put("rot", s.rot());
            }
            if ((u.mask() & Changes.VEL) != 0) {
                fields.put("vel", s.vel());
            }
            if ((u.mask() & Changes.FLAGS) != 0) {
                fields.put("flags", u.now().flags());
            }
            if ((u.mask() & Changes.COMPONENTS) != 0) {
                fields.put("components", s.components());
            }
            updated.add(new EntityUpdate(EntityId.of(u.now().id()), fields));
        }
        return new Delta(tick, baseTick, tServer,
                c.added().isEmpty() ? null : c.added().stream().map(e -> e.state(true, components(e.components())))
                        .toList(), updated,
                c.removed().isEmpty() ? null : c.removed().stream().map(e -> EntityId.of(e.id())).toList());
    }

    Map<String, Object> components(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new MalformedFrameException("components are not a JSON object");
        }
    }
}
