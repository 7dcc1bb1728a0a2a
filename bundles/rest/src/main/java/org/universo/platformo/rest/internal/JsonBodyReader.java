package org.universo.platformo.rest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.api.schema.JsonSchemaRef;
import org.universo.platformo.api.schema.Schemas;
import org.universo.platformo.utils.schema.JsonText;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/** Turns a request body into a typed value or a precise client error; never lets a parser exception out. */
final class JsonBodyReader {
    private final ObjectMapper mapper;
    private final SchemaValidator validator;

    JsonBodyReader(ObjectMapper mapper, SchemaValidator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    Object read(Class<?> type, Type generic, InputStream in) {
        JsonNode node = parse(in);
        String schema = type.isAnnotationPresent(JsonSchemaRef.class) ? Schemas.pathOf(type) : null;
        if (schema != null) {
            List<Violation> violations = validator.validate(type.getClassLoader(), schema, node);
            if (!violations.isEmpty()) {
                throw invalid(violations.stream().map(v -> Map.<String, Object>of(
                        "pointer", v.pointer(), "message", v.message())).toList());
            }
        } else {
            Violation text = JsonText.firstUnstorable(node);
            if (text != null) {
                throw invalid(List.of(Map.of("pointer", text.pointer(), "message", text.message())));
            }
        }
        try {
            return mapper.readerFor(mapper.constructType(generic == null ? type : generic)).readValue(node);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(ErrorCode.UNKNOWN_FIELD, "Unknown field '" + e.getPropertyName() + "'",
                    Map.of("pointer", pointer(e)));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw invalid(List.of(Map.of("pointer", pointer(e), "message", String.valueOf(cause.getMessage()))));
        } catch (JsonMappingException e) {
            throw invalid(List.of(Map.of("pointer", pointer(e), "message", "Wrong type or missing value")));
        } catch (IOException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "Request body could not be read", null);
        }
    }

    private JsonNode parse(InputStream in) {
        try {
            JsonNode node = mapper.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "A JSON request body is required", null);
            }
            return node;
        } catch (LimitedInputStream.BodyTooLargeException e) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "Request body is over the limit",
                    Map.of("limitBytes", e.limit));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Map<String, Object> details = new LinkedHashMap<>();
            if (at != null) {
                details.put("line", at.getLineNr());
                details.put("column", at.getColumnNr());
            }
            throw new ApiException(ErrorCode.MALFORMED_JSON, "Request body is not valid JSON", details);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Request body could not be read", null);
        }
    }

    private static ApiException invalid(List<Map<String, Object>> errors) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Request body is invalid", Map.of("errors", errors));
    }

    /** JSON pointer of the field a binding error is about, from Jackson's reference path. */
    static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/');
            if (r.getFieldName() != null) {
                sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(r.getIndex());
            }
        }
        return sb.toString();
    }
}
