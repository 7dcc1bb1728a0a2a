package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Size limits of a space graph, checked before anything is stored; every excess is reported. */
record GraphLimits(int maxCanvases, int maxNodes, int maxEdges) implements SpaceContent.GraphCheck {

    @Override
    public List<Map<String, Object>> problems(JsonNode graph) {
        List<Map<String, Object>> out = new ArrayList<>();
        JsonNode canvases = graph.path("canvases");
        if (canvases.size() > maxCanvases) {
            out.add(Map.of("code", "too_many_canvases", "message", "At most " + maxCanvases + " canvases"));
        }
        for (int i = 0; i < canvases.size(); i++) {
            JsonNode c = canvases.get(i);
            String id = c.path("id").asText("#" + i);
            if (c.path("nodes").size() > maxNodes) {
                out.add(Map.of("code", "too_many_nodes", "canvasId", id, "message", "At most " + maxNodes + " nodes per canvas"));
            }
            if (c.path("edges").size() > maxEdges) {
                out.add(Map.of("code", "too_many_edges", "canvasId", id, "message", "At most " + maxEdges + " edges per canvas"));
            }
        }
        return out;
    }
}
