package org.universo.platformo.metaverse.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;

/** Paging and sorting of a list, checked against the fields a list can be sorted by. */
record ListQuery(int offset, int limit, String sort, boolean descending) {
    static final Set<String> SORTABLE = Set.of("name", "createdAt", "updatedAt");
    static final int MAX_LIMIT = 200;

    static ListQuery of(Integer offset, Integer limit, String sort, String order) {
        Map<String, Object> errors = new LinkedHashMap<>();
        int o = offset == null ? 0 : offset;
        int l = limit == null ? 50 : limit;
        String s = sort == null ? "createdAt" : sort;
        String d = order == null ? "asc" : order;
        if (o < 0) {
            errors.put("offset", "must be 0 or more");
        }
        if (l < 1 || l > MAX_LIMIT) {
            errors.put("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (!SORTABLE.contains(s)) {
            errors.put("sort", "one of " + SORTABLE);
        }
        if (!d.equals("asc") && !d.equals("desc")) {
            errors.put("order", "asc or desc");
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Invalid list parameters", Map.of("parameters", errors));
        }
        return new ListQuery(o, l, s, d.equals("desc"));
    }

    /** The ORDER BY clause for alias {@code a}; id breaks ties so pages never overlap. */
    String orderBy(String a) {
        String dir = descending ? " DESC" : " ASC";
        return " ORDER BY " + a + "." + sort + dir + ", " + a + ".id" + dir;
    }
}
