package org.universo.platformo.persistence.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.UnitOption;

/**
 * A persistence unit built directly from entity classes (no persistence.xml, no container scanning), so a
 * domain bundle keeps its entities private and the unit lives exactly as long as the bundle's component.
 */
final class EclipseLinkUnit implements JpaUnit {
    private final EntityManagerFactory emf;

    private EclipseLinkUnit(EntityManagerFactory emf) {
        this.emf = emf;
    }

    static JpaUnit open(String name, Collection<Class<?>> entities, DataSource dataSource, Set<UnitOption> options) {
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("A persistence unit needs at least one entity class");
        }
        ClassLoader loader = new UnitClassLoader(entities.iterator().next().getClassLoader(),
                PersistenceProvider.class.getClassLoader(), EclipseLinkUnit.class.getClassLoader());
        UnitInfo info = new UnitInfo(name, entities.stream().map(Class::getName).toList(), dataSource, loader);
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.ddl-generation", "none");
        props.put("eclipselink.logging.logger", "JavaLogger");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.archive.factory", EmptyArchiveFactory.class.getName());
        props.put("eclipselink.session-name", "universo-" + name);
        props.put("eclipselink.cache.shared.default", "false");
        if (options.contains(UnitOption.BATCHED_WRITES)) {
            props.put("eclipselink.jdbc.batch-writing", "JDBC");
        }
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            EntityManagerFactory emf = new PersistenceProvider().createContainerEntityManagerFactory(info, props);
            emf.createEntityManager().close(); // deploy now, so mapping errors surface at activation
            return new EclipseLinkUnit(emf);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Override
    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public EntityManagerFactory factory() {
        return emf;
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
