package org.universo.platformo.persistence;

import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.osgi.annotation.versioning.ProviderType;

/** A JPA persistence unit with resource-local transactions; each call gets its own entity manager. */
@ProviderType
public interface JpaUnit extends AutoCloseable {

    /** Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. */
    <T> T tx(Function<EntityManager, T> work);

    /** {@link #tx(Function)} for work with no result. */
    default void txRun(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only work without a transaction. */
    <T> T read(Function<EntityManager, T> work);

    /** The underlying factory, for callers that manage entity managers themselves. */
    EntityManagerFactory factory();

    @Override
    void close();
}
