package org.universo.platformo.api.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.regex.Pattern;
import org.universo.platformo.api.Checks;
import org.universo.platformo.api.schema.JsonSchemaRef;

/**
 * Error reported on the realtime channel. {@code code} is snake_case; it reuses the REST
 * {@code ErrorCode} wire names where they fit but may also carry protocol specific codes.
 */
@JsonTypeName("error")
@JsonSchemaRef("protocol/ProtocolError.schema.json")
public record ProtocolError(String code, String message) implements Message {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    public ProtocolError {
        Checks.matches(code, CODE, "ProtocolError.code");
        Checks.nonBlank(message, "ProtocolError.message");
    }
}
