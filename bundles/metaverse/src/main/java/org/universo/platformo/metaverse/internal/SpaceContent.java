package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.metaverse.Draft;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.Version;
import org.universo.platformo.metaverse.VersionDiff;
import org.universo.platformo.metaverse.internal.store.DraftEntity;
import org.universo.platformo.metaverse.internal.store.VersionEntity;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.utils.delta.JsonDiff;

/**
 * The graph of a space: an autosaved draft with an optimistic revision, and immutable numbered versions that
 * can be listed, compared and restored as the new draft. Members read; editors write.
 */
final class SpaceContent {
    /** Checks a graph before it is stored; returns the problems (empty when it is fine). */
    interface GraphCheck {
        List<Map<String, Object>> problems(JsonNode graph);
    }

    private final JpaUnit unit;
    private final Spaces spaces;
    private final ObjectMapper mapper = new ObjectMapper();

    SpaceContent(JpaUnit unit, Spaces spaces) {
        this.unit = unit;
        this.spaces = spaces;
    }

    Draft draft(String user, String spaceId) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            DraftEntity d = em.find(DraftEntity.class, spaceId);
            return d == null ? new Draft(spaceId, 0, mapper.createObjectNode().set("canvases", mapper.createArrayNode()),
                    null, null) : view(d);
        });
    }

    Draft save(String user, String spaceId, Inputs.DraftSave in, GraphCheck check) {
        List<Map<String, Object>> problems = check.problems(in.graph());
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The graph has problems; nothing was saved",
                    Map.of("problems", problems));
        }
        String text = write(in.graph());
        return unit.tx(em -> {
            spaces.requireById(em, spaceId, user, Role.EDITOR);
            DraftEntity d = em.find(DraftEntity.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
            long current = d == null ? 0 : d.revision;
            if (in.revision() != current) {
                throw new ApiException(ErrorCode.CONFLICT, "The draft changed since revision " + in.revision()
                        + "; reload it and apply your change again", Map.of("currentRevision", current));
            }
            if (d == null) {
                d = new DraftEntity();
                d.spaceId = spaceId;
                em.persist(d);
            }
            d.revision = current + 1;
            d.graph = text;
            d.updatedBy = user;
            d.updatedAt = OffsetDateTime.now();
            return view(d);
        });
    }

    Version snapshot(String user, String spaceId, Inputs.VersionCreate in) {
        return unit.tx(em -> {
            spaces.requireById(em, spaceId, user, Role.EDITOR);
            DraftEntity d = em.find(DraftEntity.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                throw ApiException.conflict("Save a draft before making a version");
            }
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
            return view(v, false);
        });
    }

    Page<Version> versions(String user, String spaceId, int offset, int limit) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            List<Version> items = em.createQuery("SELECT v FROM VersionEntity v WHERE v.spaceId = :s ORDER BY v.version DESC",
                    VersionEntity.class).setParameter("s", spaceId).setFirstResult(offset).setMaxResults(limit)
                    .getResultList().stream().map(v -> view(v, false)).toList();
            long total = em.createQuery("SELECT COUNT(v) FROM VersionEntity v WHERE v.spaceId = :s", Long.class)
                    .setParameter("s", spaceId).getSingleResult();
            return new Page<>(items, total, offset, limit);
        });
    }

    Version version(String user, String spaceId, int number) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            return view(find(em, spaceId, number), true);
        });
    }

    Draft restore(String user, String spaceId, int number) {
        return unit.tx(em -> {
            spaces.requireById(em, spaceId, user, Role.EDITOR);
            VersionEntity v = find(em, spaceId, number);
            DraftEntity d = em.find(DraftEntity.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
            d.revision++;
            d.graph = v.graph;
            d.updatedBy = user;
            d.updatedAt = OffsetDateTime.now();
            return view(d);
        });
    }

    /** Version 0 stands for the current draft. */
    VersionDiff diff(String user, String spaceId, int from, int to) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            JsonNode a = read(from == 0 ? draftText(em, spaceId) : find(em, spaceId, from).graph);
            JsonNode b = read(to == 0 ? draftText(em, spaceId) : find(em, spaceId, to).graph);
            return new VersionDiff(from, to, JsonDiff.diff(a, b).toJson());
        });
    }

    private static String draftText(EntityManager em, String spaceId) {
        DraftEntity d = em.find(DraftEntity.class, spaceId);
        if (d == null) {
            throw ApiException.notFound("draft");
        }
        return d.graph;
    }

    private static VersionEntity find(EntityManager em, String spaceId, int number) {
        VersionEntity v = em.find(VersionEntity.class, new VersionEntity.Key(spaceId, number));
        if (v == null) {
            throw ApiException.notFound("version " + number);
        }
        return v;
    }

    private Draft view(DraftEntity d) {
        return new Draft(d.spaceId, d.revision, read(d.graph), d.updatedBy, d.updatedAt.toInstant());
    }

    private Version view(VersionEntity v, boolean withGraph) {
        return new Version(v.spaceId, v.version, v.label, v.comment, v.createdBy, v.createdAt.toInstant(),
                withGraph ? read(v.graph) : null);
    }

    private JsonNode read(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored graph is not JSON", e);
        }
    }

    private String write(JsonNode graph) {
        try {
            return mapper.writeValueAsString(graph);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
