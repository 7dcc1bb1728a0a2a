package org.universo.platformo.ecs;

import java.util.List;

/** One page of a listing; {@code total} counts every match. */
public record EntityPage(List<EntityView> items, long total, int offset, int limit) {
}
