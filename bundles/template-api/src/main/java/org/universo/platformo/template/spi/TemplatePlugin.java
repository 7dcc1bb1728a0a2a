package org.universo.platformo.template.spi;

import org.osgi.annotation.versioning.ConsumerType;
import org.universo.platformo.template.TemplateManifest;

/**
 * A publish target, registered as an OSGi service by a template bundle. The settings schema is a JSON Schema 2020-12
 * file in that bundle under {@code UNIVERSO-INF/schemas/} at {@link #settingsSchemaPath()}, loaded through
 * {@link #resources()}; its titles, descriptions, defaults and enums draw the settings form.
 *
 * <p>{@link #generate} must be deterministic: the same context gives the same files, byte for byte (no clocks,
 * random ids or map iteration order in the output). It must not fetch anything from the network, and it may be
 * called on several threads at once.
 */
@ConsumerType
public interface TemplatePlugin {

    /** Service property naming the template a contributor targets. */
    String TARGET_PROPERTY = "universo.template.id";

    /** {@link #TARGET_PROPERTY} value of a contributor to every template (the platform's sign-in runtime, say). */
    String EVERY_TEMPLATE = "*";

    TemplateManifest manifest();

    String settingsSchemaPath();

    /** Class loader of the template bundle, for its schema, markup and vendored engines. */
    default ClassLoader resources() {
        return getClass().getClassLoader();
    }

    void generate(GenerationContext context, ArtifactWriter out) throws Exception;
}
