package org.universo.platformo.template.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds scripts that the app loads after the engine and the template's own scripts, in the order given; targeted
 * like {@link SceneContributor}. E.g. a domain overlay adding gameplay scripts to a game template.
 */
@ConsumerType
public interface ScriptContributor {

    List<Script> scripts(GenerationContext context);

    /** A script file: {@code name} becomes {@code scripts/<name>} in the app. */
    record Script(String name, String source) {
        public Script {
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.js")) {
                throw new IllegalArgumentException("Script name must be a plain .js file name: " + name);
            }
            if (source == null) {
                throw new IllegalArgumentException("Script " + name + " has no source");
            }
        }

        /** A script read (UTF-8) from {@code resource} in the bundle of {@code anchor}; fails if it is missing. */
        public static Script fromResource(Class<?> anchor, String resource, String name) {
            try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the bundle of " + anchor.getName());
                }
                return new Script(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
