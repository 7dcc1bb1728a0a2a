package org.universo.platformo.rest.internal;

/** A request body without a schema: only Jackson's strict binding applies. */
public record Plain(String name, int count) {
}
