package org.universo.platformo.api.schema;

import java.net.URL;

/**
 * Where the contract's JSON Schemas live: on the classpath under {@link #ROOT}, identified by
 * {@link #BASE_URI} plus the same relative path.
 */
public final class Schemas {

    /** Classpath folder holding the schemas inside this bundle. */
    public static final String ROOT = "UNIVERSO-INF/schemas/";

    /**
     * Prefix of every schema {@code $id}. It is an identifier only: validators must map it to {@link #ROOT}
     * and never fetch it over the network.
     */
    public static final String BASE_URI = "https://schemas.universo-platformo.org/";

    /** Schema accepting any realtime protocol message; the sealed Message interface is not a record. */
    public static final String MESSAGE = "protocol/Message.schema.json";

    private Schemas() {
    }

    /** The schema path declared by {@link JsonSchemaRef} on {@code type}. */
    public static String pathOf(Class<?> type) {
        JsonSchemaRef ref = type.getAnnotation(JsonSchemaRef.class);
        if (ref == null) {
            throw new IllegalArgumentException(type.getName() + " has no @JsonSchemaRef");
        }
        return ref.value();
    }

    /** The {@code $id} of the schema of {@code type}. */
    public static String idOf(Class<?> type) {
        return BASE_URI + pathOf(type);
    }

    /**
     * Locates a schema through this bundle's own class loader: under OSGi the thread context class loader
     * of a consumer cannot see resources of the API bundle.
     */
    public static URL resource(String path) {
        URL url = Schemas.class.getClassLoader().getResource(ROOT + path);
        if (url == null) {
            throw new IllegalArgumentException("No schema at " + ROOT + path);
        }
        return url;
    }
}
