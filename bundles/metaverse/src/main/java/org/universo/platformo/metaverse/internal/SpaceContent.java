package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.metaverse.Draft;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.Version;
import org.universo.platformo.metaverse.internal.store.DraftEntity;
import org.universo.platformo.metaverse.internal.store.VersionEntity;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.SpaceRef;

/**
 * The draft graph of a space, autosaved with an optimistic revision, and the immutable numbered versions taken
 * from it. Members read; editors write. Every write passes the {@link GraphRules} first.
 */
final class SpaceContent {
    private final JpaUnit unit;
    private final Spaces spaces;
    private final GraphRules rules;
    private final JsonText json;

    SpaceContent(JpaUnit unit, Spaces spaces, GraphRules rules, JsonText json) {
        this.unit = unit;
        this.spaces = spaces;
        this.rules = rules;
        this.json = json;
    }

    Draft draft(String user, String spaceId) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            DraftEntity d = em.find(DraftEntity.class, spaceId);
            return d == null ? new Draft(spaceId, 0, empty(), null, null) : view(d);
        });
    }

    Draft save(String user, String spaceId, Inputs.DraftSave in) {
        return edit(user, spaceId, in.revision(), current -> in.graph());
    }

    /** Applies {@code change} to the draft at {@code revision} (409 if it moved on) and stores the valid result. */
    Draft edit(String user, String spaceId, long revision, UnaryOperator<JsonNode> change) {
        return unit.tx(em -> {
            spaces.requireById(em, spaceId, user, Role.EDITOR);
            DraftEntity d = em.find(DraftEntity.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
            long current = d == null ? 0 : d.revision;
            if (revision != current) {
                throw new ApiException(ErrorCode.CONFLICT, "The draft changed since revision " + revision
                        + "; reload it and apply your change again", Map.of("currentRevision", current));
            }
            JsonNode graph = change.apply(d == null ? empty() : json.read(d.graph));
            SpaceGraph bound = rules.accept(graph);
            rules.requireLinks(em, user, new SpaceRef(spaceId, null), bound, "nothing was saved");
            if (d == null) {
                d = new DraftEntity();
                d.spaceId = spaceId;
                em.persist(d);
            }
            d.revision = current + 1;
            d.graph = json.write(graph);
            d.updatedBy = user;
            d.updatedAt = OffsetDateTime.now();
            return view(d);
        });
    }

    /** A version of the draft as it is; its links must still resolve for the caller. */
    Version snapshot(String user, String spaceId, Inputs.VersionCreate in) {
        return unit.tx(em -> {
            spaces.requireById(em, spaceId, user, Role.EDITOR);
            DraftEntity d = em.find(DraftEntity.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                throw ApiException.conflict("Save a draft before making a version");
            }
            SpaceGraph graph = rules.accept(json.read(d.graph));
            rules.requireLinks(em, user, new SpaceRef(spaceId, null), graph, "no version was made");
            Integer last = em.createQuery("SELECT MAX(v.version) FROM VersionEntity v WHERE v.spaceId = :s", Integer.class)
                    .setParameter("s", spaceId).getSingleResult();
            VersionEntity v = new VersionEntity();
            v.spaceId = spaceId;
            v.version = last == null ? 1 : last + 1;
            v.label = in.label();
            v.comment = in.comment();
            v.graph = d.graph;
            v.createdBy = user;
            v.createdAt = OffsetDateTime.now();
            em.persist(v);
            return SpaceVersions.view(v, null);
        });
    }

    /** The version becomes the new draft as it was stored, even if node types it uses have gone since. */
    Draft restore(String user, String spaceId, int number) {
        return unit.tx(em -> {
            spaces.requireById(em, spaceId, user, Role.EDITOR);
            VersionEntity v = SpaceVersions.find(em, spaceId, number);
            DraftEntity d = em.find(DraftEntity.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
            d.revision++;
            d.graph = v.graph;
            d.updatedBy = user;
            d.updatedAt = OffsetDateTime.now();
            return view(d);
        });
    }

    /** The graph of the draft (version 0; empty before the first save) or of a version; the caller checked access. */
    JsonNode graphAt(EntityManager em, String spaceId, int version) {
        if (version == 0) {
            DraftEntity d = em.find(DraftEntity.class, spaceId);
            return d == null ? empty() : json.read(d.graph);
        }
        return json.read(SpaceVersions.find(em, spaceId, version).graph);
    }

    private ObjectNode empty() {
        ObjectNode graph = json.mapper().createObjectNode();
        graph.putArray("canvases");
        return graph;
    }

    private Draft view(DraftEntity d) {
        return new Draft(d.spaceId, d.revision, json.read(d.graph), d.updatedBy, d.updatedAt.toInstant());
    }
}
