package org.universo.platformo.utils.internal;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compiled schemas per (class loader, schema path). Class loaders are weak keys and nothing in
 * a value refers to its key strongly, so an uninstalled bundle's loader can be collected.
 */
final class SchemaCache {

    private record Entry(JsonSchemaFactory factory, ConcurrentMap<String, JsonSchema> schemas) {
    }

    private final Map<ClassLoader, Entry> entries = new WeakHashMap<>(); // guarded by itself
    private final Function<ClassLoader, JsonSchemaFactory> factories;

    /** @param factories creates the networknt factory that resolves references within one loader */
    SchemaCache(Function<ClassLoader, JsonSchemaFactory> factories) {
        this.factories = factories;
    }

    /** Returns the cached schema or compiles it; a failed compilation is not cached. */
    JsonSchema get(ClassLoader loader, String path, BiFunction<JsonSchemaFactory, String, JsonSchema> compiler) {
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(loader,
                    l -> new Entry(factories.apply(l), new ConcurrentHashMap<>()));
        }
        // Compiled outside the map lock: compiling reads files and may take a while.
        return entry.schemas().computeIfAbsent(path, p -> compiler.apply(entry.factory(), p));
    }

    void evict(ClassLoader loader) {
        synchronized (entries) {
            entries.remove(loader);
        }
    }

    /** Number of compiled schemas held for {@code loader}. */
    int size(ClassLoader loader) {
        synchronized (entries) {
            Entry entry = entries.get(loader);
            return entry == null ? 0 : entry.schemas().size();
        }
    }

    /** Number of class loaders with an entry; stale ones are expunged by the call. */
    int loaderCount() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
