package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.GraphValidator;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.SpaceGraphJson;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.LinkResolver;
import org.universo.platformo.updl.link.ResolveOptions;
import org.universo.platformo.updl.link.SpaceRef;

/**
 * What a graph must pass before it is stored: the node types, schemas, edges and sizes, then its links, followed
 * as the saving user. Every problem is reported in {@code details.problems}; nothing is stored while there are any.
 */
final class GraphRules {
    private final GraphValidator validator;
    private final LinkResolver resolver;
    private final GraphLimits limits;
    private final ResolveOptions options;
    private final Uniks uniks;
    private final Metaverses metaverses;
    private final JsonText json;

    GraphRules(GraphValidator validator, LinkResolver resolver, GraphLimits limits, ResolveOptions options,
            Uniks uniks, Metaverses metaverses, JsonText json) {
        this.validator = validator;
        this.resolver = resolver;
        this.limits = limits;
        this.options = options;
        this.uniks = uniks;
        this.metaverses = metaverses;
        this.json = json;
    }

    /** The bound graph of a document that passed every structural check; 422 with the problems otherwise. */
    SpaceGraph accept(JsonNode document) {
        List<Problem> problems = validator.validate(document, limits);
        if (!problems.isEmpty()) {
            throw invalid("The graph has " + problems.size() + " problem(s); nothing was saved", problems);
        }
        return SpaceGraphJson.graph(document);
    }

    /** Follows the links of {@code graph} (the content of {@code root}) as {@code user}. */
    LinkResolution resolve(EntityManager em, String user, SpaceRef root, SpaceGraph graph) {
        return resolver.resolve(root, graph, new LinkSource(em, user, uniks, metaverses, json), options);
    }

    /** Like {@link #resolve} but a link that cannot be followed is a 422. */
    LinkResolution requireLinks(EntityManager em, String user, SpaceRef root, SpaceGraph graph, String action) {
        LinkResolution r = resolve(em, user, root, graph);
        if (!r.isComplete()) {
            throw invalid("The graph has " + r.problems().size() + " link problem(s); " + action, r.problems());
        }
        return r;
    }

    private static ApiException invalid(String message, List<?> problems) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, message, Map.of("problems", problems));
    }
}
