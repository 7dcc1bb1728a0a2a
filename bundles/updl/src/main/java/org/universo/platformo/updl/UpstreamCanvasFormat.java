package org.universo.platformo.updl;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Converts the canvas JSON of the upstream (React/Flowise) Universo Platformo, a React Flow
 * {@code {nodes, edges, viewport}} document, to a {@link Canvas} and back. Import is lossless: whatever has no place
 * in the model is kept under {@link #EXTRAS_KEY} (in {@code node.data} and {@code canvas.extensions}), so exporting an
 * unchanged import gives the original JSON back.
 */
@ProviderType
public interface UpstreamCanvasFormat {

    /** Reserved key holding upstream-only data. */
    String EXTRAS_KEY = "_upstream";

    /**
     * @throws IllegalArgumentException if {@code upstream} is not a canvas document (no {@code nodes} array, a node
     *     without {@code id} or {@code data.name}, an edge without {@code source}/{@code target})
     */
    Canvas importCanvas(JsonNode upstream, String canvasId, String name, int order);

    JsonNode exportCanvas(Canvas canvas);

    /** The canvas without the upstream-only data, as a creator would have drawn it in our editor. */
    Canvas withoutUpstreamExtras(Canvas canvas);
}
