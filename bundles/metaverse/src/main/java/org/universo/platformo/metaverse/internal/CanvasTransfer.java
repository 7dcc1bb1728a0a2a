package org.universo.platformo.metaverse.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.metaverse.Draft;
import org.universo.platformo.metaverse.Inputs;
import org.universo.platformo.metaverse.Role;
import org.universo.platformo.persistence.JpaUnit;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.Diagram;
import org.universo.platformo.updl.SpaceGraphJson;
import org.universo.platformo.updl.UpstreamCanvasFormat;

/**
 * One canvas in and out of a space: import of an upstream canvas file as a new canvas of the draft, its export back
 * to that format, and the diagram layer of a canvas as its own JSON document.
 */
final class CanvasTransfer {
    private final JpaUnit unit;
    private final Spaces spaces;
    private final SpaceContent content;
    private final UpstreamCanvasFormat upstream;

    CanvasTransfer(JpaUnit unit, Spaces spaces, SpaceContent content, UpstreamCanvasFormat upstream) {
        this.unit = unit;
        this.spaces = spaces;
        this.content = content;
        this.upstream = upstream;
    }

    /** Appends the imported canvas after the existing ones; the whole draft is validated as on any save. */
    Draft importUpstream(String user, String spaceId, Inputs.UpstreamImport in) {
        String id = in.canvasId() == null ? "canvas-" + UUID.randomUUID() : in.canvasId();
        return content.edit(user, spaceId, in.revision(), graph -> {
            ArrayNode canvases = (ArrayNode) graph.path("canvases");
            int order = 0;
            for (JsonNode c : canvases) {
                if (id.equals(c.path("id").asText())) {
                    throw ApiException.conflict("The draft already has a canvas " + id);
                }
                order = Math.max(order, c.path("order").asInt() + 1);
            }
            Canvas canvas;
            try {
                canvas = upstream.importCanvas(in.canvas(), id, in.name().trim(), order);
            } catch (IllegalArgumentException e) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "The file is not an upstream canvas: "
                        + e.getMessage(), Map.of("field", "/canvas"));
            }
            canvases.add(SpaceGraphJson.tree(canvas));
            return graph;
        });
    }

    /** The canvas of the draft (version 0) or a version in the upstream format. */
    JsonNode exportUpstream(String user, String spaceId, String canvasId, int version) {
        return upstream.exportCanvas(SpaceGraphJson.canvas(canvas(user, spaceId, canvasId, version)));
    }

    /** The diagram layer of a canvas; an empty one when nothing was drawn. */
    JsonNode diagram(String user, String spaceId, String canvasId, int version) {
        JsonNode diagram = canvas(user, spaceId, canvasId, version).path("diagram");
        if (diagram.isObject()) {
            return diagram;
        }
        return SpaceGraphJson.tree(new Diagram(null, null));
    }

    /** Replaces the diagram layer of a draft canvas. */
    Draft saveDiagram(String user, String spaceId, String canvasId, Inputs.DiagramSave in) {
        return content.edit(user, spaceId, in.revision(), graph -> {
            ((ObjectNode) find(graph, canvasId)).set("diagram", in.diagram());
            return graph;
        });
    }

    private JsonNode canvas(String user, String spaceId, String canvasId, int version) {
        return unit.read(em -> {
            spaces.requireById(em, spaceId, user, Role.MEMBER);
            return find(content.graphAt(em, spaceId, version), canvasId);
        });
    }

    private static JsonNode find(JsonNode graph, String canvasId) {
        for (JsonNode c : graph.path("canvases")) {
            if (canvasId.equals(c.path("id").asText())) {
                return c;
            }
        }
        throw ApiException.notFound("canvas " + canvasId);
    }
}
