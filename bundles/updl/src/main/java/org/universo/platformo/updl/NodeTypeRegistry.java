package org.universo.platformo.updl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.universo.platformo.updl.spi.NodeType;

/**
 * The node types currently contributed by {@link org.universo.platformo.updl.spi.NodeTypeProvider} services. When two
 * providers declare the same type id, the one registered first (lowest {@code service.id}) wins and a warning is
 * logged; if it goes away the other takes over.
 */
@ProviderType
public interface NodeTypeRegistry {

    /** All effective node types, in provider registration order. */
    List<NodeType> list();

    Optional<NodeType> find(String type);

    /** The data schema of {@code type} as JSON, e.g. for the editor to draw a form; empty for an unknown type. */
    Optional<JsonNode> dataSchema(String type);

    /** Increases by at least one on every change of {@link #list()}. */
    long revision();

    /** Calls {@code listener} after every change until the returned subscription is closed. */
    Subscription onChange(Runnable listener);

    /** Ends a listener registration. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
