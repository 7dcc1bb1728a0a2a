package org.universo.platformo.updl.internal;

import java.util.List;
import org.universo.platformo.updl.Problem;

/** Collects the problems of one canvas, filling in its id. */
final class Report {
    private final String canvasId;
    private final List<Problem> sink;

    Report(String canvasId, List<Problem> sink) {
        this.canvasId = canvasId;
        this.sink = sink;
    }

    void node(String nodeId, String field, String code, String message) {
        sink.add(new Problem(canvasId, nodeId, null, field, code, message));
    }

    void edge(String edgeId, String nodeId, String code, String message) {
        sink.add(new Problem(canvasId, nodeId, edgeId, null, code, message));
    }

    /** A problem of the canvas itself; {@code field} points into the canvas document. */
    void canvas(String field, String code, String message) {
        sink.add(new Problem(canvasId, null, null, field, code, message));
    }
}
