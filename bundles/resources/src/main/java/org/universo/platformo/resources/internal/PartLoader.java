package org.universo.platformo.resources.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.universo.platformo.resources.Part;
import org.universo.platformo.resources.PartGraph;
import org.universo.platformo.resources.internal.store.BomEntity;
import org.universo.platformo.resources.internal.store.ResourceEntity;
import org.universo.platformo.resources.internal.store.VersionEntity;

/** Loads a bill of materials level by level (one query per level and table), each version once. */
final class PartLoader {
    private static final int CHUNK = 500;
    private final EntityManager em;
    private final Units units;
    private final Map<String, VersionEntity> versions = new HashMap<>();

    PartLoader(EntityManager em, Units units) {
        this.em = em;
        this.units = units;
    }

    PartGraph graph(String rootId, Map<String, String> choices) {
        versions.put(rootId, Versions.find(em, rootId));
        Map<String, Part> parts = new LinkedHashMap<>();
        Set<String> groupsSeen = new HashSet<>();
        Set<String> frontier = Set.of(rootId);
        while (!frontier.isEmpty()) {
            Map<String, List<BomEntity>> lines = linesOf(frontier);
            load(lines.values().stream().flatMap(List::stream).map(b -> b.childVersionId).toList());
            Set<String> next = new LinkedHashSet<>();
            for (String id : frontier) {
                List<Part.Use> uses = uses(lines.getOrDefault(id, List.of()), choices, groupsSeen);
                parts.put(id, part(versions.get(id), codes(), uses));
                uses.stream().map(Part.Use::childVersionId).filter(c -> !parts.containsKey(c)).forEach(next::add);
            }
            frontier = next;
        }
        for (String group : choices.keySet()) {
            if (!groupsSeen.contains(group)) {
                throw Versions.invalid("/choose/" + group, "no alternative group " + group + " in this bill of materials");
            }
        }
        return new PartGraph(rootId, parts);
    }

    Map<String, Part> values(Collection<String> ids) {
        load(ids);
        Map<String, Part> out = new HashMap<>();
        for (String id : ids) {
            VersionEntity v = versions.get(id);
            if (v != null) {
                out.put(id, part(v, codes(), List.of()));
            }
        }
        return out;
    }

    private List<Part.Use> uses(List<BomEntity> lines, Map<String, String> choices, Set<String> groupsSeen) {
        Map<String, String> picked = new HashMap<>();
        for (BomEntity line : lines) {
            if (line.altGroup != null && !line.optional) {
                groupsSeen.add(line.altGroup);
                picked.putIfAbsent(line.altGroup, line.childVersionId);
            }
        }
        for (Map.Entry<String, String> choice : choices.entrySet()) {
            if (picked.containsKey(choice.getKey())) {
                boolean inGroup = lines.stream().anyMatch(l -> choice.getKey().equals(l.altGroup)
                        && l.childVersionId.equals(choice.getValue()));
                if (!inGroup) {
                    throw Versions.invalid("/choose/" + choice.getKey(), "version " + choice.getValue()
                            + " is not an alternative of group " + choice.getKey());
                }
                picked.put(choice.getKey(), choice.getValue());
            }
        }
        List<Part.Use> uses = new ArrayList<>();
        for (BomEntity line : lines) {
            if (line.optional || line.altGroup != null && !picked.get(line.altGroup).equals(line.childVersionId)) {
                continue;
            }
            String childUnit = versions.get(line.childVersionId).unit;
            uses.add(new Part.Use(line.childVersionId, units.convert(line.qty, line.unit, childUnit).result()));
        }
        return uses;
    }

    private Map<String, List<BomEntity>> linesOf(Collection<String> parents) {
        Map<String, List<BomEntity>> out = new HashMap<>();
        for (List<String> chunk : chunks(parents)) {
            em.createQuery("SELECT b FROM BomEntity b WHERE b.parentVersionId IN :p ORDER BY b.position, b.id",
                    BomEntity.class).setParameter("p", chunk).getResultList()
                    .forEach(b -> out.computeIfAbsent(b.parentVersionId, k -> new ArrayList<>()).add(b));
        }
        return out;
    }

    private void load(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> !versions.containsKey(id)).distinct().toList();
        for (List<String> chunk : chunks(missing)) {
            em.createQuery("SELECT v FROM VersionEntity v WHERE v.id IN :ids", VersionEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(v -> versions.put(v.id, v));
        }
    }

    private final Map<String, String> codes = new HashMap<>();

    private Map<String, String> codes() {
        List<String> missing = versions.values().stream().map(v -> v.resourceId).filter(r -> !codes.containsKey(r))
                .distinct().toList();
        for (List<String> chunk : chunks(missing)) {
            em.createQuery("SELECT r FROM ResourceEntity r WHERE r.id IN :ids", ResourceEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(r -> codes.put(r.id, r.code));
        }
        return codes;
    }

    private static Part part(VersionEntity v, Map<String, String> codes, List<Part.Use> uses) {
        return new Part(v.id, codes.get(v.resourceId), v.version, v.status, v.unit, v.massKg, v.volumeM3, v.cost,
                List.copyOf(uses));
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
