package org.universo.platformo.ecs.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.persistence.internal.JdbcDatabase;
import org.universo.platformo.resources.Conversion;
import org.universo.platformo.resources.Part;
import org.universo.platformo.resources.PartGraph;
import org.universo.platformo.resources.ResourceCatalog;
import org.universo.platformo.resources.ResourceVersion;
import org.universo.platformo.resources.Unit;
import org.universo.platformo.resources.UnitConverter;
import org.universo.platformo.utils.schema.SchemaValidators;

/** An {@link EcsComponent} on a real database, with an in-memory catalog standing in for the resources bundle. */
final class TestStores {
    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    private TestStores() {
    }

    static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        ds.setUser("sa");
        return ds;
    }

    /** A fresh PostgreSQL database (dropped by {@link #dropPostgres}); null when no server answers outside CI. */
    static String createPostgres() {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            String db = "universo_ecs_" + Long.toHexString(System.nanoTime());
            s.execute("CREATE DATABASE " + db);
            return db;
        } catch (Exception e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("PostgreSQL is required in CI", e);
            }
            return null;
        }
    }

    /** Runs {@code work} on a fresh PostgreSQL database, skipped (outside CI) when no server answers. */
    static void onFreshPostgres(java.util.function.Consumer<DataSource> work) throws Exception {
        String db = createPostgres();
        org.junit.jupiter.api.Assumptions.assumeTrue(db != null, "PostgreSQL not running");
        try {
            work.accept(postgres(db));
        } finally {
            dropPostgres(db);
        }
    }

    static DataSource postgres(String db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(PG + db);
        ds.setUser("postgres");
        return ds;
    }

    static void dropPostgres(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    static EcsComponent store(DataSource ds, Catalog catalog, int maxEntities, int maxDepth) {
        ComponentTypeRegistry types = new ComponentTypeRegistry(SchemaValidators.create());
        types.add(new CoreComponentTypes());
        return new EcsComponent(new JdbcDatabase(ds), types, catalog, catalog, config(maxEntities, maxDepth));
    }

    static EcsConfig config(int maxEntities, int maxDepth) {
        return new EcsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EcsConfig.class;
            }

            @Override
            public int instantiate_max_entities() {
                return maxEntities;
            }

            @Override
            public int tree_max_entities() {
                return maxEntities;
            }

            @Override
            public int tree_max_depth() {
                return maxDepth;
            }
        };
    }

    /** Versions added by {@link #add}; quantities are already in the child's unit, as the real catalog gives them. */
    static final class Catalog implements ResourceCatalog, UnitConverter {
        private final Map<String, Part> parts = new HashMap<>();
        private final Map<String, Unit> units = Map.of("pcs", new Unit("pcs", "piece", "count", 1),
                "kg", new Unit("kg", "kilogram", "mass", 1), "t", new Unit("t", "tonne", "mass", 1000));

        Part add(String id, String unit, double mass, double volume, long cost, Part.Use... uses) {
            return add(id, "published", unit, mass, volume, cost, uses);
        }

        Part add(String id, String status, String unit, double mass, double volume, long cost, Part.Use... uses) {
            Part p = new Part(id, "code-" + id, "1.0.0", status, unit, mass, volume, cost, List.of(uses));
            parts.put(id, p);
            return p;
        }

        @Override
        public Optional<ResourceVersion> version(String id) {
            Part p = parts.get(id);
            return p == null ? Optional.empty() : Optional.of(new ResourceVersion(p.versionId(), "r-" + id, p.code(),
                    p.version(), p.status(), p.unit(), p.massKg(), p.volumeM3(), p.cost(), List.of(), "author",
                    java.time.Instant.EPOCH, java.time.Instant.EPOCH));
        }

        @Override
        public PartGraph parts(String id, Map<String, String> choices) {
            if (!parts.containsKey(id)) {
                throw ApiException.notFound("resource version");
            }
            return new PartGraph(id, Map.copyOf(parts));
        }

        @Override
        public Map<String, Part> values(Collection<String> ids) {
            Map<String, Part> out = new HashMap<>();
            ids.stream().filter(parts::containsKey).forEach(id -> out.put(id, parts.get(id)));
            return out;
        }

        @Override
        public List<Unit> units() {
            return List.copyOf(units.values());
        }

        @Override
        public Optional<Unit> find(String code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public Conversion convert(double value, String from, String to) {
            throw new UnsupportedOperationException();
        }
    }

    /** Private worlds of {@code owner}, for the entities a test puts in them. */
    static void worlds(EcsComponent ecs, org.universo.platformo.auth.api.AuthPrincipal owner, String... ids) {
        for (String id : ids) {
            ecs.open(id, null, org.universo.platformo.ecs.World.OWNER_USER, owner.userId(),
                    org.universo.platformo.ecs.World.Visibility.PRIVATE);
        }
    }
}
