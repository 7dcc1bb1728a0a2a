package org.universo.platformo.updl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.universo.platformo.updl.Canvas;
import org.universo.platformo.updl.CoreTypes;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.SpaceGraph;
import org.universo.platformo.updl.link.Dependency;
import org.universo.platformo.updl.link.LinkKind;
import org.universo.platformo.updl.link.LinkProblem;
import org.universo.platformo.updl.link.LinkResolution;
import org.universo.platformo.updl.link.ResolveOptions;
import org.universo.platformo.updl.link.ResolvedGraph;
import org.universo.platformo.updl.link.ResolvedSpace;
import org.universo.platformo.updl.link.SpaceRef;
import org.universo.platformo.updl.link.SpaceSource;

/**
 * State of one resolution: a depth-first walk over link nodes. The current path of space ids detects cycles
 * regardless of version; every (space, requested version) is loaded at most once.
 */
final class Resolution {
    private final SpaceRef root;
    private final SpaceSource source;
    private final ResolveOptions options;
    private final List<String> path = new ArrayList<>();
    private final Map<SpaceRef, ResolvedSpace> included = new LinkedHashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<List<Object>, Optional<ResolvedSpace>> loads = new HashMap<>();
    private final Set<SpaceRef> visited = new HashSet<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<LinkProblem> problems = new ArrayList<>();

    Resolution(SpaceRef root, SpaceSource source, ResolveOptions options) {
        this.root = Objects.requireNonNull(root, "root");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    LinkResolution run(SpaceGraph graph) {
        versions.put(root.spaceId(), root.version());
        visited.add(root);
        visit(root, graph, 0);
        List<SpaceRef> spaces = new ArrayList<>();
        spaces.add(root);
        spaces.addAll(included.keySet());
        return new LinkResolution(new ResolvedGraph(root, spaces, dependencies), problems,
                List.copyOf(included.values()));
    }

    private void visit(SpaceRef at, SpaceGraph graph, int depth) {
        path.add(at.spaceId());
        for (Canvas canvas : graph.canvases()) {
            for (Node node : canvas.nodes()) {
                if (CoreTypes.LINKS.contains(node.type())) {
                    LinkTargets.Problems report = (code, message, target) -> problem(code, message, at, canvas, node,
                            target == null ? path : with(target));
                    for (LinkTargets.Target target : LinkTargets.of(node, source, report)) {
                        follow(at, canvas, node, target, depth);
                    }
                }
            }
        }
        path.remove(path.size() - 1);
    }

    private void follow(SpaceRef at, Canvas canvas, Node node, LinkTargets.Target target, int depth) {
        String id = target.spaceId();
        if (source.access(LinkKind.SPACE, id) == SpaceSource.Access.FORBIDDEN) {
            problem(LinkProblem.TARGET_FORBIDDEN, "Space " + id + " may not be included", at, canvas, node, with(id));
            return;
        }
        int start = path.indexOf(id);
        if (start >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
            cycle.add(id);
            problem(LinkProblem.CYCLE, "Links form a cycle: " + String.join(" → ", cycle), at, canvas, node, cycle);
            return;
        }
        if (depth + 1 > options.maxDepth()) {
            problem(LinkProblem.DEPTH_EXCEEDED, "Links nest deeper than " + options.maxDepth() + " levels", at, canvas,
                    node, with(id));
            return;
        }
        Optional<ResolvedSpace> loaded = loads.computeIfAbsent(List.of(id, String.valueOf(target.version())),
                k -> source.load(id, target.version()));
        if (loaded.isEmpty()) {
            problem(LinkProblem.TARGET_MISSING, "Space " + id + (target.version() == null ? "" : " version "
                    + target.version()) + " does not exist", at, canvas, node, with(id));
            return;
        }
        SpaceRef ref = loaded.get().ref();
        Integer seen = versions.get(ref.spaceId());
        if (seen != null && !seen.equals(ref.version())) {
            problem(LinkProblem.VERSION_CONFLICT, "Space " + id + " is included at versions " + seen + " and "
                    + ref.version(), at, canvas, node, with(id));
            return;
        }
        if (!included.containsKey(ref)) {
            // The root counts towards the limit too.
            if (included.size() + 2 > options.maxSpaces()) {
                problem(LinkProblem.TOO_MANY_SPACES, "More than " + options.maxSpaces() + " spaces would be included",
                        at, canvas, node, with(id));
                return;
            }
            included.put(ref, loaded.get());
            versions.put(ref.spaceId(), ref.version());
        }
        dependencies.add(new Dependency(at, ref, canvas.id(), node.id(), target.via()));
        if (visited.add(ref)) {
            visit(ref, loaded.get().graph(), depth + 1);
        }
    }

    private List<String> with(String last) {
        List<String> out = new ArrayList<>(path);
        out.add(last);
        return out;
    }

    private void problem(String code, String message, SpaceRef at, Canvas canvas, Node node, List<String> trail) {
        problems.add(new LinkProblem(code, message, at.spaceId(), canvas.id(), node.id(), trail));
    }
}
