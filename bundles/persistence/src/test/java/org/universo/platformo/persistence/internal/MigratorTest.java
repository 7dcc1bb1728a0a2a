package org.universo.platformo.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.universo.platformo.persistence.Dialect;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.persistence.MigrationException;
import org.universo.platformo.persistence.MigrationReport;
import org.universo.platformo.persistence.UnitOption;

class MigratorTest {
    @TempDir
    Path dir;

    @Test
    void appliesOnceOnH2AndPicksTheH2Variant() throws Exception {
        DataSource ds = TestDatabases.h2(dir);
        Migrator m = new Migrator(ds, Dialect.H2);
        List<Migration> found = MigrationSource.of(getClass(), "sample");
        assertEquals(3, found.size(), "two versions, one with an H2 variant");

        MigrationReport first = m.migrate("sample", found);
        assertEquals(List.of(1, 2), first.applied());
        assertEquals(2, first.currentVersion());
        MigrationReport second = m.migrate("sample", found);
        assertEquals(List.of(), second.applied());
        assertEquals("untitled;", defaultTitle(ds, "sample"));
    }

    @Test
    void appliesOnPostgresAndRefusesAChangedScript() throws Exception {
        assumeTrue(TestDatabases.postgresAvailable() || System.getenv("CI") != null, "PostgreSQL not running");
        DataSource ds = TestDatabases.postgres();
        String schema = TestDatabases.uniqueSchema("mig");
        try {
            Migrator m = new Migrator(ds, Dialect.POSTGRESQL);
            List<Migration> found = MigrationSource.of(getClass(), "sample");
            assertEquals(List.of(1, 2), m.migrate(schema, found).applied());
            assertEquals("jsonb", columnType(ds, schema, "doc"));

            List<Migration> tampered = new ArrayList<>(found);
            Migration v1 = tampered.stream().filter(x -> x.version() == 1).findFirst().orElseThrow();
            tampered.set(tampered.indexOf(v1), new Migration(1, v1.description(), null, v1.sql() + "\n-- edited"));
            MigrationException e = assertThrows(MigrationException.class, () -> m.migrate(schema, tampered));
            assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
        } finally {
            TestDatabases.dropSchema(ds, schema);
        }
    }

    @Test
    void failedScriptRollsBackAndIsNotRecorded() throws Exception {
        DataSource ds = TestDatabases.h2(dir);
        Migrator m = new Migrator(ds, Dialect.H2);
        List<Migration> bad = List.of(Migration.parse("V1__bad.sql", "CREATE TABLE ${schema}.t (id INT); SELEC nonsense"));
        assertThrows(MigrationException.class, () -> m.migrate("broken", bad));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM broken.schema_history WHERE version > 0")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void onH2ATextColumnHoldsItsLengthInCharactersAlsoWhenMigratedBefore() throws Exception {
        DataSource ds = TestDatabases.h2(dir);
        String emoji = "\uD83D\uDE80".repeat(5);
        List<Migration> v1 = List.of(Migration.parse("V1__t.sql", "CREATE TABLE ${schema}.t (name VARCHAR(5) NOT NULL)"));
        new Migrator(ds, Dialect.H2).migrate("fresh", v1);
        insert(ds, "fresh", emoji);

        // A schema migrated before the rule: its columns still count UTF-16 units until it is adopted.
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA legacy");
            s.execute("CREATE TABLE legacy.schema_history (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP "
                    + "NOT NULL, execution_ms BIGINT NOT NULL)");
            s.execute("CREATE TABLE legacy.t (name VARCHAR(5) NOT NULL)");
            s.execute("INSERT INTO legacy.schema_history (version, description, checksum, execution_ms) VALUES (1, 't', '"
                    + v1.get(0).checksum() + "', 0)");
        }
        assertThrows(java.sql.SQLException.class, () -> insert(ds, "legacy", emoji));
        MigrationReport adopted = new Migrator(ds, Dialect.H2).migrate("legacy", v1);
        assertEquals(List.of(), adopted.applied());
        insert(ds, "legacy", emoji);
        new Migrator(ds, Dialect.H2).migrate("legacy", v1);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE UPPER(TABLE_SCHEMA) = 'LEGACY' AND UPPER(TABLE_NAME) = 'T'")) {
            rs.next();
            assertEquals(10, rs.getLong(1), "widened once, not on every start");
        }
        assertThrows(java.sql.SQLException.class, () -> insert(ds, "fresh", emoji + "\uD83D\uDE80".repeat(3)));
    }

    private static void insert(DataSource ds, String schema, String name) throws Exception {
        try (Connection c = ds.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".t (name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    @Test
    void rejectsInvalidSchemaNames() {
        Migrator m = new Migrator(TestDatabases.h2(dir), Dialect.H2);
        assertThrows(MigrationException.class, () -> m.migrate("x; DROP TABLE y", List.of()));
    }

    @Test
    void jpaUnitReadsAndWritesMigratedTable() {
        DataSource ds = TestDatabases.h2(dir);
        new Migrator(ds, Dialect.H2).migrate("public", MigrationSource.of(getClass(), "sample"));
        try (JpaUnit unit = EclipseLinkUnit.open("sample", List.of(NoteEntity.class), ds, Set.of())) {
            String id = UUID.randomUUID().toString();
            unit.txRun(em -> {
                NoteEntity n = new NoteEntity();
                n.id = id;
                n.title = "first";
                n.rank = 3;
                n.createdAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
                em.persist(n);
            });
            NoteEntity read = unit.read(em -> em.find(NoteEntity.class, id));
            assertEquals("first", read.title);
            assertEquals(3, read.rank);
            assertThrows(RuntimeException.class, () -> unit.txRun(em -> {
                NoteEntity dup = new NoteEntity();
                dup.id = id;
                dup.title = "dup";
                dup.createdAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
                em.persist(dup);
            }));
            assertEquals(Long.valueOf(1), unit.<Long>read(em -> em.createQuery("SELECT COUNT(n) FROM NoteEntity n", Long.class)
                    .getSingleResult()));
        }
    }

    @Test
    void aBatchedUnitWritesACommitAllOrNothing() {
        DataSource ds = TestDatabases.h2(dir);
        new Migrator(ds, Dialect.H2).migrate("public", MigrationSource.of(getClass(), "sample"));
        try (JpaUnit unit = EclipseLinkUnit.open("sample-batched", List.of(NoteEntity.class), ds,
                Set.of(UnitOption.BATCHED_WRITES))) {
            unit.txRun(em -> List.of("a", "b", "c").forEach(id -> em.persist(note(id))));
            assertThrows(RuntimeException.class, () -> unit.txRun(em -> List.of("d", "e", "b")
                    .forEach(id -> em.persist(note(id)))));
            assertEquals(List.of("a", "b", "c"), unit.read(em -> em.createQuery("SELECT n.id FROM NoteEntity n "
                    + "ORDER BY n.id", String.class).getResultList()), "the failed commit left nothing");
            unit.txRun(em -> List.of("a", "c").forEach(id -> em.find(NoteEntity.class, id).rank = 9));
            assertEquals(List.of(9, 0, 9), unit.read(em -> em.createQuery("SELECT n.rank FROM NoteEntity n "
                    + "ORDER BY n.id", Integer.class).getResultList()));
        }
    }

    private static NoteEntity note(String id) {
        NoteEntity n = new NoteEntity();
        n.id = id;
        n.title = id;
        n.createdAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        return n;
    }

    private static String defaultTitle(DataSource ds, String schema) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + schema + ".notes (id, created_at) VALUES ('a', CURRENT_TIMESTAMP)");
            try (ResultSet rs = s.executeQuery("SELECT title FROM " + schema + ".notes WHERE id = 'a'")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String columnType(DataSource ds, String schema, String column) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, schema, "notes", column)) {
            rs.next();
            return rs.getString("TYPE_NAME");
        }
    }
}
