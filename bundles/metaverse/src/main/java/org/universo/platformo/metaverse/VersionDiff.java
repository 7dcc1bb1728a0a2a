package org.universo.platformo.metaverse;

import com.fasterxml.jackson.databind.JsonNode;

/** What changed from one version (or the draft, version 0) to another, as RFC 6902 operations. */
public record VersionDiff(int from, int to, JsonNode operations) {
}
