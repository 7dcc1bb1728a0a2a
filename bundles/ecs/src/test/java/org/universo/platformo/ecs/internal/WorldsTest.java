package org.universo.platformo.ecs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.EntityView;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ecs.spi.WorldOwners;

/** Who may do what in a world: owners, unik members through an owner service, players of public worlds, strangers. */
class WorldsTest {
    static final AuthPrincipal A = new AuthPrincipal("user-a", "s1", Set.of("user"), "local");
    static final AuthPrincipal B = new AuthPrincipal("user-b", "s2", Set.of("user"), "local");
    static final AuthPrincipal EDITOR = new AuthPrincipal("user-e", "s3", Set.of("user"), "local");
    static final AuthPrincipal ADMIN = new AuthPrincipal("root", "s4", Set.of("user", "admin"), "local");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        scenarios(TestStores.h2(dir));
    }

    @Test
    void onPostgres() throws Exception {
        TestStores.onFreshPostgres(ds -> {
            try {
                scenarios(ds);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private void scenarios(DataSource ds) throws Exception {
        EcsComponent ecs = TestStores.store(ds, new TestStores.Catalog(), 1000, 8);
        aPrivateWorldIsItsOwnersAlone(ecs);
        aPublicWorldAdmitsPlayersWhoChangeOnlyWhatTheyOwn(ecs);
        aUniksWorldFollowsItsMembersAsTheOwnerServiceAnswers(ecs);
        idsAreClaimedOnceAndWorldsMustExist(ecs);
        worldsOfEntitiesStoredBeforeOwnershipGoToTheirFirstEntitysOwner(ecs, ds);
    }

    /** The upgrade's statement, run again over entities whose worlds have no row yet. */
    private void worldsOfEntitiesStoredBeforeOwnershipGoToTheirFirstEntitysOwner(EcsComponent ecs, DataSource ds)
            throws Exception {
        String v2;
        try (var in = EcsComponent.class.getResourceAsStream("/UNIVERSO-INF/migrations/ecs/V2__worlds.sql")) {
            v2 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String backfill = v2.substring(v2.indexOf("INSERT INTO")).replace("${schema}", "ecs").replace(";", "").trim();
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO ecs.entities (id, world_id, owner_id, position, created_at, updated_at) VALUES "
                    + "('old-1', 'legacy', 'user-b', 0, TIMESTAMP '2026-01-01 10:00:00', TIMESTAMP '2026-01-01 10:00:00'), "
                    + "('old-2', 'legacy', 'user-a', 0, TIMESTAMP '2026-01-02 10:00:00', TIMESTAMP '2026-01-02 10:00:00')");
            st.executeUpdate("DELETE FROM ecs.worlds");   // as before the upgrade, when the table was new
            int worlds;
            try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(DISTINCT world_id) FROM ecs.entities")) {
                rs.next();
                worlds = rs.getInt(1);
            }
            assertEquals(worlds, st.executeUpdate(backfill), "one row per world of the stored entities");
        }
        World legacy = ecs.world("legacy").orElseThrow();
        assertEquals(B.userId(), legacy.ownerId(), "the owner of the oldest entity");
        assertEquals(World.Visibility.PRIVATE, legacy.visibility());
        assertEquals(WorldRole.EDITOR, ecs.role(B, "legacy"));
        assertEquals(WorldRole.NONE, ecs.role(A, "legacy"));
    }

    private void aPrivateWorldIsItsOwnersAlone(EcsComponent ecs) {
        World w = ecs.worlds.create(A, new Inputs.WorldCreate(null, "Home", null, null, null));
        assertEquals(World.Visibility.PRIVATE, w.visibility());
        assertEquals(WorldRole.EDITOR, w.role());
        assertEquals(WorldRole.NONE, ecs.role(B, w.id()));
        assertEquals(WorldRole.EDITOR, ecs.role(ADMIN, w.id()));
        EntityView rock = ecs.entities.create(A, EntityStoreTest.create(w.id(), null, Map.of()));
        status(404, () -> ecs.worlds.seen(B, w.id(), WorldRole.PLAYER));
        status(404, () -> ecs.worlds.patch(B, w.id(), new Inputs.WorldPatch(null, World.Visibility.PUBLIC)));
        status(404, () -> ecs.worlds.delete(B, w.id()));
        status(404, () -> ecs.entities.create(B, EntityStoreTest.create(w.id(), null, Map.of())));
        status(404, () -> ecs.instantiations.run(B, new Inputs.Instantiate("hull", w.id(), null, null, null, null)));
        status(404, () -> ecs.entities.get(B, rock.id()));
        assertEquals(List.of(w.id()), ecs.worlds.mine(A, 0, 50).stream().map(World::id).toList());
        assertEquals(List.of(), ecs.worlds.mine(B, 0, 50));
    }

    private void aPublicWorldAdmitsPlayersWhoChangeOnlyWhatTheyOwn(EcsComponent ecs) {
        World w = ecs.worlds.create(A, new Inputs.WorldCreate("plaza", null, null, null, World.Visibility.PUBLIC));
        EntityView statue = ecs.entities.create(A, EntityStoreTest.create("plaza", null, Map.of()));
        assertEquals(WorldRole.PLAYER, ecs.worlds.seen(B, w.id(), WorldRole.PLAYER).role());
        EntityView mine = ecs.entities.create(B, EntityStoreTest.create("plaza", null, Map.of()));
        ecs.entities.patch(B, mine.id(), new Inputs.EntityPatch("My boat", null));
        status(403, () -> ecs.entities.patch(B, statue.id(), new Inputs.EntityPatch("Mine now", null)));
        status(403, () -> ecs.entities.delete(B, statue.id()));
        status(404, () -> ecs.entities.get(B, statue.id()));
        status(403, () -> ecs.worlds.patch(B, w.id(), new Inputs.WorldPatch("Taken", null)));
        status(403, () -> ecs.worlds.delete(B, w.id()));
        assertEquals(2, ecs.entities.list(A, "plaza", false, 0, 50).total(), "an editor lists the whole world");
        assertEquals(1, ecs.entities.list(B, "plaza", false, 0, 50).total(), "a player what it owns");
        ecs.entities.patch(A, mine.id(), new Inputs.EntityPatch("Moored by the editor", null));

        ecs.worlds.patch(A, w.id(), new Inputs.WorldPatch(null, World.Visibility.PRIVATE));
        assertEquals(WorldRole.NONE, ecs.role(B, "plaza"));
        status(403, () -> ecs.entities.patch(B, mine.id(), new Inputs.EntityPatch("Still mine?", null)));
        assertEquals("Moored by the editor", ecs.entities.get(B, mine.id()).name(), "what it owns it still reads");
    }

    private void aUniksWorldFollowsItsMembersAsTheOwnerServiceAnswers(EcsComponent ecs) {
        Map<String, WorldRole> studio = Map.of(A.userId(), WorldRole.EDITOR, EDITOR.userId(), WorldRole.EDITOR,
                B.userId(), WorldRole.PLAYER);
        WorldOwners uniks = (user, unik) -> unik.equals("studio") ? studio.getOrDefault(user.userId(), WorldRole.NONE)
                : WorldRole.NONE;
        Inputs.WorldCreate forStudio = new Inputs.WorldCreate("sector", null, "unik", "studio", null);
        status(404, () -> ecs.worlds.create(A, forStudio), "nobody answers for uniks yet");
        ecs.addOwners(uniks, Map.of(WorldOwners.KIND, "unik"));
        status(403, () -> ecs.worlds.create(B, forStudio), "a member who only plays");
        status(404, () -> ecs.worlds.create(B, new Inputs.WorldCreate("x", null, "unik", "elsewhere", null)));
        World w = ecs.worlds.create(A, forStudio);
        EntityView gate = ecs.entities.create(A, EntityStoreTest.create(w.id(), null, Map.of()));
        ecs.entities.patch(EDITOR, gate.id(), new Inputs.EntityPatch("Gate to Vega", null));
        assertEquals(WorldRole.PLAYER, ecs.role(B, w.id()), "a member plays the unik's private world");
        status(403, () -> ecs.entities.delete(B, gate.id()));

        ecs.removeOwners(uniks, Map.of(WorldOwners.KIND, "unik"));
        assertEquals(WorldRole.NONE, ecs.role(EDITOR, w.id()), "gone with the service that answered");
        WorldOwners failing = (user, unik) -> {
            throw new IllegalStateException("database away");
        };
        ecs.addOwners(failing, Map.of(WorldOwners.KIND, "unik"));
        assertEquals(WorldRole.NONE, ecs.role(EDITOR, w.id()), "an answer that fails gives nothing");
        ecs.removeOwners(failing, Map.of(WorldOwners.KIND, "unik"));
    }

    private void idsAreClaimedOnceAndWorldsMustExist(EcsComponent ecs) {
        status(409, () -> ecs.worlds.create(B, new Inputs.WorldCreate("plaza", null, null, null, null)));
        status(422, () -> ecs.worlds.create(B, new Inputs.WorldCreate(java.util.UUID.randomUUID().toString(), null, null,
                null, null)), "kept for spaces' worlds");
        status(409, () -> ecs.open("plaza", null, World.OWNER_USER, B.userId(), World.Visibility.PUBLIC));
        assertEquals(World.Visibility.PRIVATE, ecs.world("plaza").orElseThrow().visibility(), "left alone");
        World again = ecs.open("plaza", "Plaza", World.OWNER_USER, A.userId(), World.Visibility.PUBLIC);
        assertEquals("Plaza", again.name());
        assertEquals(World.Visibility.PUBLIC, again.visibility());
        status(404, () -> ecs.entities.create(ADMIN, EntityStoreTest.create("nowhere", null, Map.of())));
        EntityView boat = ecs.entities.create(A, EntityStoreTest.create("plaza", null, Map.of()));
        status(404, () -> ecs.move(boat.id(), "nowhere", List.of()));
        assertEquals("plaza", ecs.find(boat.id()).orElseThrow().worldId(), "not moved");
        ecs.worlds.delete(A, "plaza");
        assertEquals(List.of(), ecs.loadWorld("plaza"));
        assertEquals(WorldRole.NONE, ecs.role(A, "plaza"));
    }

    private static void status(int expected, Executable call) {
        status(expected, call, "");
    }

    private static void status(int expected, Executable call, String why) {
        assertEquals(expected, assertThrows(ApiException.class, call).httpStatus(), why);
    }
}
