package org.universo.platformo.template.spi;

import java.io.IOException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Collects the files of a static web app. Paths are relative, use {@code /}, and may not contain {@code ..} or
 * start with {@code /}; adding a path twice replaces the earlier content.
 */
@ProviderType
public interface ArtifactWriter {

    void add(String path, byte[] content);

    void addText(String path, String utf8Text);

    /** Copies a resource of {@code loader} (e.g. a vendored engine in the template bundle). */
    void copy(String path, ClassLoader loader, String resource) throws IOException;
}
