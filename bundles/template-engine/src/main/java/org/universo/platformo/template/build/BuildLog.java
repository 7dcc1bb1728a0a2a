package org.universo.platformo.template.build;

import java.time.Instant;
import java.util.List;

/** Log lines after a cursor; read again from {@code next} until {@code done} (the job finished and all was read). */
public record BuildLog(String jobId, List<Line> lines, int next, boolean done) {

    /** One line. */
    public record Line(int seq, Instant at, String message) {
    }
}
