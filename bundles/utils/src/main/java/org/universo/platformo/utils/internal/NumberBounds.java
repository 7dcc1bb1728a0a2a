package org.universo.platformo.utils.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/**
 * Finds the numbers a schema admits without a finite lower or upper bound, following references to other files of
 * the same bundle. A simulation fed 1e308 turns it into Infinity and NaN; declared ranges keep such values out.
 */
final class NumberBounds {
    private final ObjectMapper mapper;
    private final ClassLoader loader;
    private final Set<String> seen = new HashSet<>();
    private final List<Violation> open = new ArrayList<>();

    private NumberBounds(ObjectMapper mapper, ClassLoader loader) {
        this.mapper = mapper;
        this.loader = loader;
    }

    static List<Violation> check(ObjectMapper mapper, ClassLoader loader, String path) {
        NumberBounds b = new NumberBounds(mapper, loader);
        b.file(path);
        return List.copyOf(b.open);
    }

    private void file(String path) {
        if (!seen.add(path)) {
            return;
        }
        String resource = SchemaValidator.SCHEMA_FOLDER + path;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Schema file '" + resource + "' not found");
            }
            walk(path, mapper.readTree(in), "");
        } catch (IOException e) {
            throw new IllegalArgumentException("Schema file '" + resource + "' is not valid JSON", e);
        }
    }

    private void walk(String path, JsonNode node, String pointer) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path, node.get(i), pointer + "/" + i);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (numeric(node.path("type"))) {
            boolean low = node.has("minimum") || node.has("exclusiveMinimum");
            boolean high = node.has("maximum") || node.has("exclusiveMaximum");
            if (!(node.has("enum") || node.has("const")) && !(low && high)) {
                open.add(new Violation(path + "#" + pointer, "bounds", "a number without a "
                        + (low ? "maximum" : high ? "minimum" : "minimum and maximum")));
            }
        }
        JsonNode ref = node.path("$ref");
        if (ref.isTextual() && !ref.textValue().startsWith("#")) {
            String target = LocalSchemaLoader.normalize(resolve(path, ref.textValue()));
            if (target != null) {
                file(target);
            }
        }
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            walk(path, f.getValue(), pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"));
        }
    }

    private static boolean numeric(JsonNode type) {
        if (type.isTextual()) {
            return type.textValue().equals("number") || type.textValue().equals("integer");
        }
        for (JsonNode t : type) {
            if (numeric(t)) {
                return true;
            }
        }
        return false;
    }

    /** A reference relative to the referring file, or an absolute one under our $id prefix. */
    private static String resolve(String from, String ref) {
        if (ref.startsWith(SchemaValidator.SCHEMA_ID_PREFIX)) {
            return ref.substring(SchemaValidator.SCHEMA_ID_PREFIX.length());
        }
        int slash = from.lastIndexOf('/');
        return slash < 0 ? ref : from.substring(0, slash + 1) + ref;
    }
}
