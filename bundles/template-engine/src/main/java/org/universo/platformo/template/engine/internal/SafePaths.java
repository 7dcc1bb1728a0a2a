package org.universo.platformo.template.engine.internal;

import java.util.regex.Pattern;

/** The only file paths an artifact may have: relative, '/'-separated, no empty, '.' or '..' segments, no hidden files. */
final class SafePaths {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*(/[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*)*");

    private SafePaths() {
    }

    static boolean safe(String path) {
        return path != null && PATH.matcher(path).matches() && !path.contains("..");
    }
}
