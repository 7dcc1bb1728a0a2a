package org.universo.platformo.utils.internal;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import org.universo.platformo.utils.schema.SchemaValidator;

/**
 * The only source of schema documents for our networknt factories. It answers every IRI, so
 * networknt never falls back to its default loaders (the thread context class loader and,
 * worse, plain URL connections to the network).
 */
final class LocalSchemaLoader implements SchemaLoader {

    /** networknt maps {@code https://json-schema.org/...} to this form before asking loaders. */
    private static final String META_SCHEMA_CLASSPATH = "classpath:draft/2020-12/";
    private static final String META_SCHEMA_URL = "https://json-schema.org/draft/2020-12/";

    /** Weak, so that a cached factory does not keep a stopped bundle's class loader alive. */
    private final WeakReference<ClassLoader> bundleLoader;
    private final ClassLoader metaSchemaLoader = JsonSchemaFactory.class.getClassLoader();

    /** @param bundleLoader the loader owning {@code UNIVERSO-INF/schemas/}, or null for in-memory schemas */
    LocalSchemaLoader(ClassLoader bundleLoader) {
        this.bundleLoader = bundleLoader == null ? null : new WeakReference<>(bundleLoader);
    }

    @Override
    public InputStreamSource getSchema(AbsoluteIri absoluteIri) {
        String iri = absoluteIri == null ? "" : absoluteIri.toString();
        if (iri.startsWith(META_SCHEMA_CLASSPATH)) {
            return metaSchema(iri.substring("classpath:".length()));
        }
        if (iri.startsWith(META_SCHEMA_URL)) {
            return metaSchema("draft/2020-12/" + iri.substring(META_SCHEMA_URL.length()));
        }
        if (iri.startsWith(SchemaValidator.SCHEMA_ID_PREFIX)) {
            return bundleSchema(iri);
        }
        return refuse("Refusing to load schema '" + iri + "': only schemas under "
                + SchemaValidator.SCHEMA_ID_PREFIX + " (the bundle's " + SchemaValidator.SCHEMA_FOLDER
                + ") and the JSON Schema 2020-12 meta-schemas can be referenced; nothing is fetched from the network");
    }

    private InputStreamSource metaSchema(String resource) {
        if (!resource.matches("draft/2020-12/[a-z0-9/-]+")) {
            return refuse("Unknown JSON Schema 2020-12 meta-schema '" + resource + "'");
        }
        return () -> open(metaSchemaLoader, resource, "meta-schema '" + resource + "' is not bundled");
    }

    private InputStreamSource bundleSchema(String iri) {
        String relative = normalize(iri.substring(SchemaValidator.SCHEMA_ID_PREFIX.length()));
        if (relative == null) {
            return refuse("Schema reference '" + iri + "' escapes " + SchemaValidator.SCHEMA_ID_PREFIX);
        }
        if (bundleLoader == null) {
            return refuse("Schema reference '" + iri + "' cannot be resolved: a schema given as data can "
                    + "only reference itself; validate against the schema file of the bundle instead");
        }
        ClassLoader loader = bundleLoader.get();
        if (loader == null) {
            return refuse("Schema reference '" + iri + "' belongs to a bundle that is no longer available");
        }
        String resource = SchemaValidator.SCHEMA_FOLDER + relative;
        return () -> open(loader, resource, "schema file '" + resource + "' (referenced as '" + iri + "') does not exist");
    }

    private static InputStream open(ClassLoader loader, String resource, String missing) throws SchemaAccessException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new SchemaAccessException("The " + missing);
        }
        return in;
    }

    private static InputStreamSource refuse(String message) {
        return () -> {
            throw new SchemaAccessException(message);
        };
    }

    /**
     * Resolves {@code .} and {@code ..} segments ourselves rather than trusting the IRI
     * resolution, so a reference can never reach outside the schema folder.
     *
     * @return the normalized relative path, or null if it is empty or escapes the folder
     */
    static String normalize(String relative) {
        int cut = indexOfAny(relative, "?#");
        String path = cut < 0 ? relative : relative.substring(0, cut);
        if (path.indexOf('\\') >= 0) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return null;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
