package org.universo.platformo.ecs;

import java.util.List;
import java.util.Map;

/** An entity in a tree answer, with the totals of its subtree. */
public record TreeNode(String id, String name, String resourceVersionId, Map<String, ComponentValue> components,
        TreeTotals totals, List<TreeNode> children) {
}
