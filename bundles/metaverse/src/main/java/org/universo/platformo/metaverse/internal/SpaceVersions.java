package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.metaverse.Page;
import org.universo.platformo.metaverse.PublishableSpace;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.metaverse.Version;
import org.universo.platformo.metaverse.VersionDiff;
import org.universo.platformo.metaverse.internal.store.SpaceEntity;
import org.universo.platformo.metaverse.internal.store.VersionEntity;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.SpaceGraphJson;
import org.universo.platformo.updl.diff.GraphDiff;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.SpaceRef;
import org.universo.platformo.utils.delta.JsonDiff;

/** Reading the versions of a space: list, one with its graph, the difference of two, and what a graph links to. */
final class SpaceVersions {
    private final JpaUnit unit;
    private final Spaces spaces;
    private final SpaceContent content;
    private final GraphRules rules;
    private final JsonText json;

    SpaceVersions(JpaUnit unit, Spaces spaces, SpaceContent content, GraphRules rules, JsonText json) {
        this.unit = unit;
        this.spaces = spaces;
        this.content = content;
        this.rules = rules;
        this.json = json;
    }

    Page<Version> list(String user, String spaceId, int offset, int limit) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            List<Version> items = em.createQuery("SELECT v FROM VersionEntity v WHERE v.spaceId = :s ORDER BY v.version DESC",
                    VersionEntity.class).setParameter("s", spaceId).setFirstResult(offset).setMaxResults(limit)
                    .getResultList().stream().map(v -> view(v, null)).toList();
            long total = em.createQuery("SELECT COUNT(v) FROM VersionEntity v WHERE v.spaceId = :s", Long.class)
                    .setParameter("s", spaceId).getSingleResult();
            return new Page<>(items, total, offset, limit);
        });
    }

    Version get(String user, String spaceId, int number) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            VersionEntity v = find(em, spaceId, number);
            return view(v, json.read(v.graph));
        });
    }

    /** Version 0 stands for the current draft. */
    VersionDiff diff(String user, String spaceId, int from, int to) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            JsonNode a = content.graphAt(em, spaceId, from);
            JsonNode b = content.graphAt(em, spaceId, to);
            return new VersionDiff(from, to, GraphDiff.diff(SpaceGraphJson.graph(a), SpaceGraphJson.graph(b)),
                    JsonDiff.diff(a, b).toJson());
        });
    }

    /** The dependency graph of the draft (0) or a version, followed as the caller; problems are listed, not thrown. */
    LinkResolution links(String user, String spaceId, int version) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            JsonNode graph = content.graphAt(em, spaceId, version);
            return rules.resolve(em, user, new SpaceRef(spaceId, version == 0 ? null : version),
                    SpaceGraphJson.graph(graph));
        });
    }

    /** A version (0: the draft) with its links followed as the caller; links that no longer resolve are a 422. */
    PublishableSpace publishable(String user, String spaceId, int version) {
        return unit.read(em -> {
            SpaceEntity space = spaces.requireById(em, spaceId, user, Role.MEMBER);
            SpaceGraph graph = SpaceGraphJson.graph(content.graphAt(em, spaceId, version));
            LinkResolution links = rules.requireLinks(em, user, new SpaceRef(spaceId, version == 0 ? null : version),
                    graph, "the version cannot be built");
            return new PublishableSpace(spaceId, version, space.name, graph, links.contents());
        });
    }

    static VersionEntity find(EntityManager em, String spaceId, int number) {
        VersionEntity v = em.find(VersionEntity.class, new VersionEntity.Key(spaceId, number));
        if (v == null) {
            throw ApiException.notFound("version " + number);
        }
        return v;
    }

    static Version view(VersionEntity v, JsonNode graph) {
        return new Version(v.spaceId, v.version, v.label, v.comment, v.createdBy, v.createdAt.toInstant(), graph);
    }
}
