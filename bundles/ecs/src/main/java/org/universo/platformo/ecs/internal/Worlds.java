package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.auth.api.AuthPrincipal;
import org.universo.platformo.ecs.Inputs;
import org.universo.platformo.ecs.World;
import org.universo.platformo.ecs.WorldAccess;
import org.universo.platformo.ecs.WorldRole;
import org.universo.platformo.ecs.spi.WorldOwners;

/**
 * The worlds table and the roles in it. The owner decides who edits and who plays; a public world adds every signed-in
 * user as a player. A world the caller has no role in answers 404 like a missing one, so ids cannot be probed.
 */
final class Worlds implements WorldAccess {
    private static final Logger LOG = LoggerFactory.getLogger(Worlds.class);
    private static final String COLUMNS = "id, name, owner_kind, owner_id, visibility, created_at";

    private static final java.util.regex.Pattern SPACE_ID = java.util.regex.Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Sql sql;
    private final Map<String, WorldOwners> owners = new ConcurrentHashMap<>();
    /** Told, after the commit, of a world whose visibility changed. */
    private final java.util.function.Consumer<String> accessChanged;

    Worlds(Sql sql, java.util.function.Consumer<String> accessChanged) {
        this.sql = sql;
        this.accessChanged = accessChanged;
    }

    void addOwners(String kind, WorldOwners o) {
        owners.put(kind, o);
    }

    void removeOwners(String kind, WorldOwners o) {
        owners.remove(kind, o);
    }

    @Override
    public WorldRole role(AuthPrincipal user, String worldId) {
        return world(worldId).map(w -> role(user, w)).orElse(user.isAdmin() ? WorldRole.EDITOR : WorldRole.NONE);
    }

    WorldRole role(AuthPrincipal user, World w) {
        if (user.isAdmin()) {
            return WorldRole.EDITOR;
        }
        WorldRole byOwner = ownerRole(user, w.ownerKind(), w.ownerId());
        return w.visibility() == World.Visibility.PUBLIC ? byOwner.or(WorldRole.PLAYER) : byOwner;
    }

    /** The role the owner gives; an owner kind nobody answers for, or an answer that fails, gives none. */
    WorldRole ownerRole(AuthPrincipal user, String kind, String ownerId) {
        if (World.OWNER_USER.equals(kind)) {
            return ownerId.equals(user.userId()) ? WorldRole.EDITOR : WorldRole.NONE;
        }
        WorldOwners o = owners.get(kind);
        if (o == null) {
            return WorldRole.NONE;
        }
        try {
            WorldRole r = o.role(user, ownerId);
            return r == null ? WorldRole.NONE : r;
        } catch (RuntimeException e) {
            LOG.warn("The owners of kind {} failed to answer for {}; no role given", kind, ownerId, e);
            return WorldRole.NONE;
        }
    }

    @Override
    public Optional<World> world(String worldId) {
        return Optional.ofNullable(sql.read(c -> one(c, worldId, false)));
    }

    @Override
    public World open(String worldId, String name, String ownerKind, String ownerId, World.Visibility visibility) {
        World.Visibility[] before = new World.Visibility[1];
        World opened = sql.tx(c -> {
            World w = one(c, worldId, true);
            if (w == null) {
                insert(c, worldId, name, ownerKind, ownerId, visibility);
            } else if (!w.ownerKind().equals(ownerKind) || !w.ownerId().equals(ownerId)) {
                throw ApiException.conflict("The world " + worldId + " belongs to another owner");
            } else {
                before[0] = w.visibility();
                update(c, worldId, name, visibility);
            }
            return one(c, worldId, false);
        });
        if (before[0] != null && before[0] != opened.visibility()) {
            accessChanged.accept(worldId);
        }
        return opened;
    }

    World create(AuthPrincipal user, Inputs.WorldCreate in) {
        String kind = in.ownerKind() == null ? World.OWNER_USER : in.ownerKind();
        String ownerId = in.ownerKind() == null ? user.userId() : in.ownerId();
        WorldRole r = user.isAdmin() ? WorldRole.EDITOR : ownerRole(user, kind, ownerId);
        if (r == WorldRole.NONE) {
            throw ApiException.notFound("owner");   // as the owner's own routes answer strangers
        }
        if (r != WorldRole.EDITOR) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Worlds of this owner are made by its editors",
                    Map.of("ownerKind", kind, "ownerId", ownerId));
        }
        if (in.id() != null && SPACE_ID.matcher(in.id()).matches()) {
            // a space's world takes the space's id when it is first published; nobody claims it before
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "World ids of the form of a UUID are kept for spaces",
                    Map.of("errors", List.of(Map.of("pointer", "/id", "message", "not a UUID"))));
        }
        String id = in.id() == null ? "w-" + UUID.randomUUID() : in.id();
        World.Visibility v = in.visibility() == null ? World.Visibility.PRIVATE : in.visibility();
        return sql.tx(c -> {
            if (one(c, id, true) != null) {
                throw ApiException.conflict("The world id " + id + " is taken");
            }
            insert(c, id, in.name(), kind, ownerId, v);
            World w = one(c, id, false);
            return w.as(role(user, w));
        });
    }

    /** The world as its {@code least} role or better sees it; 404 for none, 403 for a player asking an editor's due. */
    World seen(AuthPrincipal user, String worldId, WorldRole least) {
        World w = world(worldId).orElseThrow(() -> ApiException.notFound("world"));
        WorldRole r = role(user, w);
        if (r == WorldRole.NONE) {
            throw ApiException.notFound("world");
        }
        if (!r.atLeast(least)) {
            throw ApiException.forbidden("Only editors of the world may do this");
        }
        return w.as(r);
    }

    World patch(AuthPrincipal user, String worldId, Inputs.WorldPatch in) {
        World before = seen(user, worldId, WorldRole.EDITOR);
        sql.tx(c -> update(c, worldId, in.name(), in.visibility()));
        if (in.visibility() != null && in.visibility() != before.visibility()) {
            accessChanged.accept(worldId);
        }
        return seen(user, worldId, WorldRole.NONE);
    }

    /** Deletes the world with every entity in it. */
    void delete(AuthPrincipal user, String worldId) {
        seen(user, worldId, WorldRole.EDITOR);
        sql.tx(c -> {
            try (PreparedStatement e = c.prepareStatement("DELETE FROM ecs.entities WHERE world_id = ?");
                    PreparedStatement w = c.prepareStatement("DELETE FROM ecs.worlds WHERE id = ?")) {
                e.setString(1, worldId);
                e.executeUpdate();
                w.setString(1, worldId);
                return w.executeUpdate();
            }
        });
    }

    /** The caller's own worlds (owned by the user), newest first. */
    List<World> mine(AuthPrincipal user, int offset, int limit) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiException.badRequest("limit is 1..200 and offset at least 0");
        }
        return sql.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ecs.worlds WHERE owner_kind = ? "
                    + "AND owner_id = ? ORDER BY created_at DESC, id OFFSET " + offset + " ROWS FETCH FIRST " + limit
                    + " ROWS ONLY")) {
                Sql.bind(ps, World.OWNER_USER, user.userId());
                List<World> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(world(rs).as(WorldRole.EDITOR));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Inside a transaction: the caller's role in the world, which must be at least {@code least}; the world row is
     * locked so that its owner cannot change under the check.
     */
    WorldRole require(Connection c, AuthPrincipal user, String worldId, WorldRole least) throws SQLException {
        World w = one(c, worldId, true);
        WorldRole r = w == null ? WorldRole.NONE : role(user, w);
        if (r == WorldRole.NONE) {
            throw ApiException.notFound("world");
        }
        if (!r.atLeast(least)) {
            throw ApiException.forbidden("Only editors of the world may do this");
        }
        return r;
    }

    boolean exists(Connection c, String worldId) throws SQLException {
        return one(c, worldId, false) != null;
    }

    /** The caller's role in the world, read on the transaction's connection. */
    WorldRole roleIn(Connection c, AuthPrincipal user, String worldId) throws SQLException {
        World w = one(c, worldId, false);
        return w == null ? (user.isAdmin() ? WorldRole.EDITOR : WorldRole.NONE) : role(user, w);
    }

    private static World one(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ecs.worlds WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? world(rs) : null;
            }
        }
    }

    private static World world(ResultSet rs) throws SQLException {
        return new World(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                World.Visibility.fromWire(rs.getString(5)), null, rs.getTimestamp(6).toInstant());
    }

    private static void insert(Connection c, String id, String name, String kind, String ownerId, World.Visibility v)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ecs.worlds (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, "
                + "?)")) {
            Sql.bind(ps, id, name, kind, ownerId, v.wire(), Instant.now());
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {   // made meanwhile by a racing request
                throw ApiException.conflict("The world id " + id + " is taken");
            }
            throw e;
        }
    }

    private static int update(Connection c, String id, String name, World.Visibility v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ecs.worlds SET name = COALESCE(?, name), visibility = "
                + "COALESCE(?, visibility) WHERE id = ?")) {
            Sql.bind(ps, name, v == null ? null : v.wire(), id);
            return ps.executeUpdate();
        }
    }
}
