package org.universo.platformo.updl.rest.internal;

import java.util.List;
import org.universo.platformo.updl.Problem;

/** Outcome of a dry-run validation: {@code valid} is true when {@code problems} is empty. */
public record ValidationReport(boolean valid, List<Problem> problems) {
}
