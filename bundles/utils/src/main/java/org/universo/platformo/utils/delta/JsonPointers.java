package org.universo.platformo.utils.delta;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointer encoding, kept tiny and separate so diff and patch agree on it. */
final class JsonPointers {

    private JsonPointers() {
    }

    static String append(String pointer, String key) {
        // "~" first: escaping "/" first would turn its "~1" into "~01".
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** Splits a pointer into unescaped reference tokens; {@code ""} is the root and has none. */
    static List<String> parse(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            throw new PatchException("Invalid JSON pointer '" + pointer + "': it must be empty or start with '/'");
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(raw, pointer));
        }
        return tokens;
    }

    private static String unescape(String raw, String pointer) {
        if (raw.indexOf('~') < 0) {
            return raw;
        }
        StringBuilder token = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                token.append(c);
            } else if (i + 1 < raw.length() && (raw.charAt(i + 1) == '0' || raw.charAt(i + 1) == '1')) {
                token.append(raw.charAt(++i) == '0' ? '~' : '/');
            } else {
                throw new PatchException("Invalid JSON pointer '" + pointer + "': '~' must be followed by 0 or 1");
            }
        }
        return token.toString();
    }
}
