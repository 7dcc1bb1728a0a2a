package org.universo.platformo.resources;

/**
 * Totals of one unit of a version over its whole tree: own values plus each part's totals times its quantity
 * (converted to the part's counting unit). Optional parts are left out; of alternatives, the chosen one (else the
 * first) counts. {@code parts} counts the lines that were included, at every depth.
 */
public record Aggregates(String versionId, double massKg, double volumeM3, long cost, int parts) {
}
