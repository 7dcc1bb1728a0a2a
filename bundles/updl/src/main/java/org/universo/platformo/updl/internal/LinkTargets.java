package org.universo.platformo.updl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.universo.platformo.updl.CoreTypes;
import org.universo.platformo.updl.Node;
import org.universo.platformo.updl.link.LinkKind;
import org.universo.platformo.updl.link.LinkProblem;
import org.universo.platformo.updl.link.SpaceSource;

/** Reads what a link node points at and expands uniks and metaverses into their spaces. */
final class LinkTargets {
    /** One space to include; {@code version} null means latest. */
    record Target(String spaceId, Integer version, LinkKind via) {
    }

    /** Where problems go; the resolver adds the location and path. */
    interface Problems {
        void add(String code, String message, String target);
    }

    private LinkTargets() {
    }

    static List<Target> of(Node node, SpaceSource source, Problems problems) {
        return switch (node.type()) {
            case CoreTypes.SPACE_LINK -> space(node, problems);
            case CoreTypes.UNIK_LINK -> expand(node, LinkKind.UNIK, "unikId", source, problems);
            case CoreTypes.METAVERSE_LINK -> expand(node, LinkKind.METAVERSE, "metaverseId", source, problems);
            default -> List.of();
        };
    }

    private static List<Target> space(Node node, Problems problems) {
        String spaceId = text(node.data().get("spaceId"));
        if (spaceId == null) {
            problems.add(LinkProblem.INVALID_LINK, "The space link has no spaceId", null);
            return List.of();
        }
        Object version = node.data().get("version");
        if (version == null || "latest".equals(version)) {
            return List.of(new Target(spaceId, null, LinkKind.SPACE));
        }
        if (version instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 1
                && n.doubleValue() <= Integer.MAX_VALUE) {
            return List.of(new Target(spaceId, n.intValue(), LinkKind.SPACE));
        }
        problems.add(LinkProblem.INVALID_LINK, "The space link's version must be \"latest\" or a number >= 1, not "
                + version, spaceId);
        return List.of();
    }

    private static List<Target> expand(Node node, LinkKind kind, String idField, SpaceSource source,
            Problems problems) {
        String name = kind.name().toLowerCase();
        String id = text(node.data().get(idField));
        if (id == null) {
            problems.add(LinkProblem.INVALID_LINK, "The " + name + " link has no " + idField, null);
            return List.of();
        }
        String label = name + ":" + id;
        if (source.access(kind, id) == SpaceSource.Access.FORBIDDEN) {
            problems.add(LinkProblem.TARGET_FORBIDDEN, "The " + name + " " + id + " may not be included", label);
            return List.of();
        }
        Optional<List<String>> members = kind == LinkKind.UNIK ? source.unikSpaces(id) : source.metaverseSpaces(id);
        if (members.isEmpty()) {
            problems.add(LinkProblem.TARGET_MISSING, "The " + name + " " + id + " does not exist", label);
            return List.of();
        }
        List<String> wanted = members.get();
        if (node.data().get("spaceIds") instanceof List<?> chosen) {
            wanted = new ArrayList<>();
            for (Object item : chosen) {
                String spaceId = text(item);
                if (spaceId != null && members.get().contains(spaceId)) {
                    wanted.add(spaceId);
                } else {
                    problems.add(LinkProblem.TARGET_MISSING, "The " + name + " " + id + " has no space " + item,
                            String.valueOf(item));
                }
            }
        }
        return wanted.stream().map(s -> new Target(s, null, kind)).toList();
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
