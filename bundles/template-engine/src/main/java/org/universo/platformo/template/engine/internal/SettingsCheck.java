package org.universo.platformo.template.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.template.spi.TemplatePlugin;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/** Settings against a template's schema: every violation as a field error; then the schema's defaults filled in. */
final class SettingsCheck {
    private final SchemaValidator validator;

    SettingsCheck(SchemaValidator validator) {
        this.validator = validator;
    }

    /** Validates with the plugin's schema file (compiled once and cached); {@code schema} gives the defaults. */
    ObjectNode accept(TemplatePlugin plugin, JsonNode schema, ObjectNode settings) {
        return accept(validator.validate(plugin.resources(), plugin.settingsSchemaPath(), settings), schema, settings);
    }

    ObjectNode accept(JsonNode schema, ObjectNode settings) {
        return accept(validator.validate(schema, settings), schema, settings);
    }

    private ObjectNode accept(List<Violation> violations, JsonNode schema, ObjectNode settings) {
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The settings do not fit the template",
                    Map.of("errors", violations.stream().map(v -> Map.of("pointer", "/settings" + v.pointer(),
                            "message", v.message())).toList()));
        }
        ObjectNode out = settings.deepCopy();
        fill(schema, out);
        return out;
    }

    /** Nested objects get their defaults too, so generators see every field the form showed. */
    private static void fill(JsonNode schema, ObjectNode target) {
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode current = target.get(p.getKey());
            if (current == null && p.getValue().has("default")) {
                target.set(p.getKey(), p.getValue().get("default").deepCopy());
            } else if (current != null && current.isObject() && p.getValue().has("properties")) {
                fill(p.getValue(), (ObjectNode) current);
            }
        });
    }
}
