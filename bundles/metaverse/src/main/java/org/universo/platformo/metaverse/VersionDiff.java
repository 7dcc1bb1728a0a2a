package org.universo.platformo.metaverse;

import com.fasterxml.jackson.databind.JsonNode;
import org.universo.platformo.updl.diff.GraphChanges;

/**
 * What changed from one version (or the draft, version 0) to another: {@code changes} by canvas, node, edge and
 * shape with the fields that differ, for people; {@code operations} as RFC 6902 JSON Patch, for machines.
 */
public record VersionDiff(int from, int to, GraphChanges changes, JsonNode operations) {
}
