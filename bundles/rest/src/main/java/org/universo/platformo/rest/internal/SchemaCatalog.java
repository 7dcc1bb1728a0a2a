package org.universo.platformo.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.universo.platformo.api.error.ApiError;
import org.universo.platformo.api.schema.JsonSchemaRef;
import org.universo.platformo.api.schema.Schemas;

/**
 * Schemas for the OpenAPI document: a type's own JSON Schema file when it names one (the source of truth),
 * otherwise one derived from the record's components.
 */
final class SchemaCatalog {
    private final ObjectMapper mapper;
    private final ObjectNode named;
    /** What each component name stands for (a schema file or a class), so two never share a name. */
    private final Map<String, String> owners = new java.util.HashMap<>();
    private final Map<String, String> nameOf = new java.util.HashMap<>();

    SchemaCatalog(ObjectMapper mapper) {
        this.mapper = mapper;
        this.named = mapper.createObjectNode();
    }

    ObjectNode all() {
        return named;
    }

    JsonNode errorRef() {
        return ref(ApiError.class, ApiError.class);
    }

    JsonNode ref(Class<?> type, Type generic) {
        if (type == String.class || type == char.class || type.isEnum()) {
            ObjectNode s = mapper.createObjectNode().put("type", "string");
            if (type.isEnum()) {
                for (Object c : type.getEnumConstants()) {
                    s.withArray("enum").add(c.toString());
                }
            }
            return s;
        }
        if (type == boolean.class || type == Boolean.class) {
            return mapper.createObjectNode().put("type", "boolean");
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return mapper.createObjectNode().put("type", "integer");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return mapper.createObjectNode().put("type", "number");
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return mapper.createObjectNode().put("type", "string").put("format", "date-time");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            ObjectNode s = mapper.createObjectNode().put("type", "array");
            Type item = typeArgument(generic, 0);
            s.set("items", item instanceof Class<?> c ? ref(c, c) : mapper.createObjectNode());
            return s;
        }
        if (Optional.class == type) {
            Type item = typeArgument(generic, 0);
            return item instanceof Class<?> c ? ref(c, c) : mapper.createObjectNode();
        }
        if (Map.class.isAssignableFrom(type) || JsonNode.class.isAssignableFrom(type) || type == Object.class) {
            return mapper.createObjectNode().put("type", "object");
        }
        String path = type.isAnnotationPresent(JsonSchemaRef.class) ? Schemas.pathOf(type) : null;
        String identity = path != null ? path : type.getName();
        String name = nameOf.get(identity);
        if (name == null) {
            name = claim(identity, type.getSimpleName(), qualifier(type, path));
            named.putObject(name); // placeholder first: breaks cycles between records
            named.set(name, define(type));
        }
        return mapper.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private JsonNode define(Class<?> type) {
        String path = type.isAnnotationPresent(JsonSchemaRef.class) ? Schemas.pathOf(type) : null;
        if (path != null) {
            JsonNode file = load(type.getClassLoader(), path);
            if (file != null) {
                return file;
            }
        }
        ObjectNode s = mapper.createObjectNode().put("type", "object");
        if (type.isRecord()) {
            ObjectNode props = s.putObject("properties");
            for (RecordComponent rc : type.getRecordComponents()) {
                props.set(rc.getName(), ref(rc.getType(), rc.getGenericType()));
            }
        }
        return s;
    }

    /**
     * A schema file made self-contained for the document: its own $id/$schema dropped (they would re-base
     * "#/components/..." references) and every relative $ref to a sibling file turned into a component.
     */
    private JsonNode load(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(Schemas.ROOT + path)) {
            if (in == null) {
                return null;
            }
            ObjectNode schema = (ObjectNode) mapper.readTree(in);
            schema.remove("$id");
            schema.remove("$schema");
            rewriteRefs(schema, loader, path);
            return schema;
        } catch (IOException | ClassCastException e) {
            return null;
        }
    }

    private void rewriteRefs(JsonNode node, ClassLoader loader, String base) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#") && !ref.asText().contains(":")) {
                String target = java.net.URI.create(base).resolve(ref.asText()).getPath();
                String name = nameOf.get(target);
                if (name == null) {
                    name = claim(target, target.substring(target.lastIndexOf('/') + 1).replace(".schema.json", ""),
                            folder(target));
                    named.putObject(name);
                    JsonNode loaded = load(loader, target);
                    named.set(name, loaded == null ? mapper.createObjectNode() : loaded);
                }
                o.put("$ref", "#/components/schemas/" + name);
            }
            o.elements().forEachRemaining(child -> rewriteRefs(child, loader, base));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, loader, base));
        }
    }

    /**
     * The component name for {@code identity}: its simple name, or when another schema holds that, the name
     * prefixed with its folder or package ({@code PublicationVersionCreate}), then numbered.
     */
    private String claim(String identity, String simple, String qualifier) {
        String name = simple;
        if (owners.containsKey(name)) {
            name = qualifier + simple;
        }
        for (int i = 2; owners.containsKey(name); i++) {
            name = qualifier + simple + i;
        }
        owners.put(name, identity);
        nameOf.put(identity, name);
        return name;
    }

    private static String qualifier(Class<?> type, String path) {
        if (path != null) {
            return folder(path);
        }
        String pkg = type.getPackageName();
        String last = pkg.substring(pkg.lastIndexOf('.') + 1);
        return last.equals("internal") && pkg.lastIndexOf('.') > 0
                ? capitalized(pkg.substring(0, pkg.lastIndexOf('.')).substring(pkg.substring(0, pkg.lastIndexOf('.'))
                        .lastIndexOf('.') + 1))
                : capitalized(last);
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        return capitalized(dir.substring(dir.lastIndexOf('/') + 1));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Type typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments().length > index) {
            return pt.getActualTypeArguments()[index];
        }
        return null;
    }
}
