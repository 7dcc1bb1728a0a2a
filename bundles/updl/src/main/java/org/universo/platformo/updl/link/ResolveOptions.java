package org.universo.platformo.updl.link;

/** Bounds of a resolution: how deep links may nest and how many spaces may be included in all. */
public record ResolveOptions(int maxDepth, int maxSpaces) {

    /** Depth 8, 256 spaces. */
    public static final ResolveOptions DEFAULTS = new ResolveOptions(8, 256);

    public ResolveOptions {
        if (maxDepth < 0 || maxSpaces < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 0 and maxSpaces >= 1");
        }
    }
}
