package org.universo.platformo.ecs.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits id lists for IN (...) clauses, which databases bound in length. */
final class Chunks {
    static final int SIZE = 500;

    private Chunks() {
    }

    static List<List<String>> of(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            out.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return out;
    }
}
