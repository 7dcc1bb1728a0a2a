package org.universo.platformo.resources;

import java.time.Instant;
import java.util.List;

/**
 * A version of a resource: counted in {@code unit}; {@code massKg}, {@code volumeM3} and {@code cost} (Inmo minor
 * units) are its own, per one unit, without its parts; {@code bom} lists the parts (empty in lists).
 */
public record ResourceVersion(String id, String resourceId, String code, String version, String status, String unit,
        double massKg, double volumeM3, long cost, List<BomLine> bom, String createdBy, Instant createdAt,
        Instant publishedAt) {
    public ResourceVersion {
        bom = bom == null ? List.of() : List.copyOf(bom);
    }
}
