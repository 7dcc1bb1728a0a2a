package org.universo.platformo.resources;

/** A part of a version: {@code qty} of {@code unit} (of the child's dimension) of the child version. */
public record BomLine(String id, String childVersionId, String childCode, String childVersion, double qty, String unit,
        boolean optional, String altGroup, int position) {
}
