package org.universo.platformo.template.scene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import org.universo.platformo.template.spi.GenerationContext;

/**
 * What an app may know about the server: the public endpoints of its environment profile and which space version it
 * shows, as {@code window.UNIVERSO}. Nothing else from the server's configuration goes into an app.
 */
public final class ClientConfig {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?([0-9a-fA-F]{2})?");

    private ClientConfig() {
    }

    public static ObjectNode of(GenerationContext context, ObjectMapper mapper) {
        return mapper.createObjectNode().put("apiUrl", context.profile().apiUrl()).put("wsUrl", context.profile().wsUrl())
                .put("profile", context.profile().name()).put("spaceId", context.spaceId())
                .put("spaceVersion", context.spaceVersion()).put("runtimeVersion", context.runtimeVersion());
    }

    /** JSON to put inside a {@code <script>} element: no {@code <} survives, so no text can close the element. */
    public static String inline(ObjectMapper mapper, JsonNode value) {
        try {
            return mapper.writeValueAsString(value).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code value} when it is a CSS hex colour, else {@code fallback}: creator text never reaches a style sheet raw. */
    public static String color(String value, String fallback) {
        return value != null && COLOR.matcher(value).matches() ? value : fallback;
    }
}
