package org.universo.platformo.updl;

/**
 * Size limits a graph must respect; the REST layer maps its configuration to this record. Canvases beyond
 * {@code maxCanvases}, and canvases over their node or edge limit, are reported and not checked further.
 */
public record GraphLimits(int maxCanvases, int maxNodesPerCanvas, int maxEdgesPerCanvas, int maxNodeDataBytes,
        int maxShapesPerCanvas) {

    /** 32 canvases, 5,000 nodes, 20,000 edges and 5,000 diagram shapes per canvas, 64 KiB of data per node. */
    public static final GraphLimits DEFAULTS = new GraphLimits(32, 5_000, 20_000, 64 * 1024, 5_000);

    public GraphLimits {
        if (maxCanvases < 1 || maxNodesPerCanvas < 1 || maxEdgesPerCanvas < 1 || maxNodeDataBytes < 1
                || maxShapesPerCanvas < 1) {
            throw new IllegalArgumentException("Graph limits must be positive: " + maxCanvases + ", "
                    + maxNodesPerCanvas + ", " + maxEdgesPerCanvas + ", " + maxNodeDataBytes + ", " + maxShapesPerCanvas);
        }
    }
}
