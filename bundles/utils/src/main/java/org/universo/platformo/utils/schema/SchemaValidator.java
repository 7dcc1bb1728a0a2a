package org.universo.platformo.utils.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Thread-safe JSON Schema 2020-12 validator (OSGi service, or {@link SchemaValidators#create()});
 * it never fetches schemas from the network, only from bundles and the bundled meta-schemas.
 */
@ProviderType
public interface SchemaValidator {

    /**
     * {@code $id} prefix that maps to {@link #SCHEMA_FOLDER} of the class loader in use, so
     * relative {@code $ref}s between schema files of one bundle resolve locally.
     */
    String SCHEMA_ID_PREFIX = "https://schemas.universo-platformo.org/";

    /** Class path folder, inside the owning bundle, holding the schema files. */
    String SCHEMA_FOLDER = "UNIVERSO-INF/schemas/";

    /**
     * Validates {@code instance} against the schema file {@code schemaPath} (relative to
     * {@link #SCHEMA_FOLDER}, e.g. {@code ecs/Transform.schema.json}) found through {@code loader}.
     * The compiled schema is cached per (loader, path).
     *
     * @return the violations, empty when the instance is valid; at most 50, sorted by pointer, and then one more
     *     with the keyword {@code truncated} and the root pointer whose message counts those left out. A number
     *     beyond the range of a double (it parses as Infinity) is always a violation, keyword {@code finite}, first;
     *     so is a string or key with NUL or a lone surrogate, keyword {@code text} (see {@link JsonText}).
     * @throws IllegalArgumentException if the schema file does not exist, cannot be parsed or
     *     compiled, or references something that may not be loaded
     */
    List<Violation> validate(ClassLoader loader, String schemaPath, JsonNode instance);

    /**
     * Validates {@code instance} against a schema held in memory. Such a schema can only
     * reference itself and the 2020-12 meta-schemas. It is compiled on every call.
     *
     * @return the violations, empty when the instance is valid; a non-finite number and unstorable text are ones, as above
     * @throws IllegalArgumentException if the schema cannot be compiled or references
     *     something that may not be loaded
     */
    List<Violation> validate(JsonNode schema, JsonNode instance);

    /**
     * Checks that {@code schema} is a usable JSON Schema 2020-12: it must satisfy the 2020-12
     * meta-schema, declare no other {@code $schema}, and every reference must resolve locally.
     * Pointers in the result point into the schema document.
     *
     * @return the problems found, empty when the schema is usable
     */
    List<Violation> checkSchema(JsonNode schema);

    /**
     * Like {@link #checkSchema(JsonNode)} for a schema file of a bundle; its references to
     * other files of the same bundle are resolved as in {@link #validate(ClassLoader, String, JsonNode)}.
     *
     * @throws IllegalArgumentException if the schema file does not exist or is not JSON
     */
    List<Violation> checkSchema(ClassLoader loader, String schemaPath);

    /**
     * The numbers the schema file admits without a finite lower and upper bound ({@code minimum} or
     * {@code exclusiveMinimum}, {@code maximum} or {@code exclusiveMaximum}, or an {@code enum}/{@code const}),
     * following references to other files of the bundle. Each violation has the keyword {@code bounds} and the
     * pointer {@code file#pointer} into the schema file where the number is declared. Component types and messages
     * that a simulation computes with must have none.
     *
     * @throws IllegalArgumentException if the schema file does not exist or is not JSON
     */
    List<Violation> checkBounds(ClassLoader loader, String schemaPath);

    /**
     * Drops every compiled schema of {@code loader}. Call it when a bundle stops or is updated;
     * entries of unreachable class loaders are dropped anyway.
     */
    void evict(ClassLoader loader);
}
