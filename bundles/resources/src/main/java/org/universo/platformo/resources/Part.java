package org.universo.platformo.resources;

import java.util.List;

/**
 * One version as a node of an exploded bill of materials: its own values (per one of its counting unit) and the
 * parts it uses. Optional parts and alternatives not chosen are already left out.
 */
public record Part(String versionId, String code, String version, String status, String unit, double massKg,
        double volumeM3, long cost, List<Use> uses) {

    /** {@code qty} of the child version, converted to the child's own counting unit. */
    public record Use(String childVersionId, double qty) {
    }
}
