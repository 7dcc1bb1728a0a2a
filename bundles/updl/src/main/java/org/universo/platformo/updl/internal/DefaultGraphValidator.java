package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.GraphValidator;
import org.universo.platformo.updl.NodeTypeRegistry;
import org.universo.platformo.updl.Problem;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.utils.schema.Violation;

/** {@link GraphValidator} over the registered node types and the platform's schema validator. */
@Component(service = GraphValidator.class)
public final class DefaultGraphValidator implements GraphValidator {
    static final String GRAPH_SCHEMA = "updl/SpaceGraph.schema.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final SchemaValidator schemas;
    private final CanvasCheck canvases;

    @Activate
    public DefaultGraphValidator(@Reference NodeTypeRegistry registry, @Reference SchemaValidator schemas) {
        this.schemas = schemas;
        this.canvases = new CanvasCheck(registry, new NodeDataCheck(mapper, schemas));
    }

    @Override
    public List<Problem> validate(SpaceGraph graph, GraphLimits limits) {
        List<Problem> problems = new ArrayList<>();
        List<Canvas> all = graph.canvases();
        if (all.size() > limits.maxCanvases()) {
            problems.add(new Problem(null, null, null, "/canvases", Problem.TOO_MANY_CANVASES, "The space has "
                    + all.size() + " canvases; at most " + limits.maxCanvases() + " are allowed"));
        }
        Set<String> ids = new HashSet<>();
        for (Canvas canvas : all.subList(0, Math.min(all.size(), limits.maxCanvases()))) {
            if (!ids.add(canvas.id())) {
                problems.add(new Problem(canvas.id(), null, null, null, Problem.DUPLICATE_ID, "Canvas id "
                        + canvas.id() + " is used twice"));
            }
            canvases.check(canvas, limits, problems);
        }
        return List.copyOf(problems);
    }

    @Override
    public List<Problem> validate(JsonNode document, GraphLimits limits) {
        List<Problem> problems = new ArrayList<>(DocumentSizes.check(document, limits));
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        for (Violation v : schemas.validate(DefaultGraphValidator.class.getClassLoader(), GRAPH_SCHEMA, document)) {
            problems.add(new Problem(DocumentSizes.canvasAt(document, v.pointer()), null, null, v.pointer(),
                    Problem.INVALID_DOCUMENT, v.message()));
        }
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        SpaceGraph graph;
        try {
            graph = mapper.treeToValue(document, SpaceGraph.class);
        } catch (JsonMappingException e) {
            // The schema admits what the records accept, so this is a gap between the two; still report it, in the
            // document's terms (a pointer), without the reader's class names and hints.
            String at = pointer(e.getPath());
            String why = String.valueOf(e.getOriginalMessage()).split("\\(set |\\n| \\(through reference")[0].trim();
            return List.of(new Problem(DocumentSizes.canvasAt(document, at), null, null, at, Problem.INVALID_DOCUMENT,
                    "The graph cannot be read at " + (at.isEmpty() ? "its root" : at) + ": " + why));
        } catch (Exception e) {
            return List.of(new Problem(null, null, null, "", Problem.INVALID_DOCUMENT, "The graph cannot be read"));
        }
        return validate(graph, limits);
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            out.append('/').append(r.getFieldName() != null
                    ? r.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
        }
        return out.toString();
    }
}
