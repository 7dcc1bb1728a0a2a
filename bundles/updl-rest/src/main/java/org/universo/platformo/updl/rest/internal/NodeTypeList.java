package org.universo.platformo.updl.rest.internal;

import java.util.List;

/** Every node type currently installed; {@code revision} changes whenever a bundle adds or removes some. */
public record NodeTypeList(long revision, List<NodeTypeView> items) {
}
