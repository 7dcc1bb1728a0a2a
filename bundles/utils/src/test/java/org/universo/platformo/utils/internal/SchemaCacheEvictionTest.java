package org.universo.platformo.utils.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCacheEvictionTest {

    private final NetworkntSchemaValidator validator = new NetworkntSchemaValidator();

    @TempDir
    Path dir;

    private void writeSchema(String type) throws IOException {
        Path file = dir.resolve("UNIVERSO-INF/schemas/plugin/Settings.schema.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"$id\":\"https://schemas.universo-platformo.org/plugin/Settings.schema.json\","
                + "\"type\":\"" + type + "\"}");
    }

    private URLClassLoader bundleLoader() throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    private int violations(ClassLoader loader, JsonNode doc) {
        return validator.validate(loader, "plugin/Settings.schema.json", doc).size();
    }

    @Test
    void compiledSchemaIsReusedUntilEvicted() throws IOException {
        writeSchema("string");
        try (URLClassLoader loader = bundleLoader()) {
            assertEquals(1, violations(loader, IntNode.valueOf(5)));
            assertEquals(1, validator.cachedSchemas(loader));

            writeSchema("integer"); // a bundle update; the cache still has the old schema
            assertEquals(1, violations(loader, IntNode.valueOf(5)));
            assertEquals(1, validator.cachedSchemas(loader));

            validator.evict(loader);
            assertEquals(0, validator.cachedSchemas(loader));
            assertEquals(0, violations(loader, IntNode.valueOf(5)));
            assertEquals(1, violations(loader, TextNode.valueOf("five")));
        }
    }

    @Test
    void cachePerLoaderAndPath() throws IOException {
        writeSchema("string");
        ClassLoader testLoader = getClass().getClassLoader();
        try (URLClassLoader loader = bundleLoader()) {
            violations(loader, IntNode.valueOf(1));
            validator.validate(testLoader, "test/Inventory.schema.json", IntNode.valueOf(1));
            validator.validate(testLoader, "ecs/Transform.schema.json", IntNode.valueOf(1));
            validator.validate(testLoader, "ecs/Transform.schema.json", IntNode.valueOf(2));
            assertEquals(1, validator.cachedSchemas(loader));
            assertEquals(2, validator.cachedSchemas(testLoader));
            validator.evict(testLoader);
            assertEquals(0, validator.cachedSchemas(testLoader));
            assertEquals(1, validator.cachedSchemas(loader));
        }
    }

    @Test
    void cacheDoesNotKeepADeadBundleLoaderAlive() throws Exception {
        writeSchema("string");
        WeakReference<ClassLoader> ref = useAndDropLoader();
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "class loader is still strongly reachable from the cache");
        assertEquals(0, validator.cachedLoaders());
    }

    private WeakReference<ClassLoader> useAndDropLoader() throws IOException {
        URLClassLoader loader = bundleLoader();
        assertEquals(1, violations(loader, IntNode.valueOf(5)));
        assertEquals(1, validator.cachedLoaders());
        loader.close();
        return new WeakReference<>(loader);
    }
}
