package org.universo.platformo.updl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.universo.platformo.updl.GraphLimits;
import org.universo.platformo.updl.Problem;

/** Counts on the raw document, before any schema work, so an oversized graph is refused cheaply. */
final class DocumentSizes {
    private DocumentSizes() {
    }

    static List<Problem> check(JsonNode document, GraphLimits limits) {
        List<Problem> out = new ArrayList<>();
        JsonNode canvases = document.path("canvases");
        if (canvases.size() > limits.maxCanvases()) {
            out.add(new Problem(null, null, null, "/canvases", Problem.TOO_MANY_CANVASES, "The space has "
                    + canvases.size() + " canvases; at most " + limits.maxCanvases() + " are allowed"));
            return out;
        }
        for (int i = 0; i < canvases.size(); i++) {
            JsonNode canvas = canvases.get(i);
            String id = canvas.path("id").isTextual() ? canvas.path("id").asText() : null;
            count(out, id, canvas.path("nodes").size(), limits.maxNodesPerCanvas(), "/canvases/" + i + "/nodes",
                    Problem.TOO_MANY_NODES, "nodes");
            count(out, id, canvas.path("edges").size(), limits.maxEdgesPerCanvas(), "/canvases/" + i + "/edges",
                    Problem.TOO_MANY_EDGES, "edges");
            count(out, id, canvas.path("diagram").path("shapes").size(), limits.maxShapesPerCanvas(),
                    "/canvases/" + i + "/diagram/shapes", Problem.TOO_MANY_SHAPES, "shapes");
        }
        return out;
    }

    /** The id of the canvas a document pointer falls into, when it names one. */
    static String canvasAt(JsonNode document, String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length > 2 && "canvases".equals(parts[1])) {
            JsonNode id = document.path("canvases").path(parseIndex(parts[2])).path("id");
            return id.isTextual() ? id.asText() : null;
        }
        return null;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void count(List<Problem> out, String canvasId, int count, int max, String pointer, String code,
            String what) {
        if (count > max) {
            out.add(new Problem(canvasId, null, null, pointer, code, "The canvas has " + count + " " + what
                    + "; at most " + max + " are allowed"));
        }
    }
}
