package org.universo.platformo.persistence.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a script into statements at semicolons outside quotes, comments and dollar-quoted bodies. */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char ch = script.charAt(i);
            if (ch == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                cur.append('\n');
            } else if (ch == '\'' || ch == '"') {
                int end = closing(script, i + 1, ch);
                cur.append(script, i, end);
                i = end;
            } else if (ch == '$' && i + 1 < n && script.charAt(i + 1) == '$') {
                int end = script.indexOf("$$", i + 2);
                end = end < 0 ? n : end + 2;
                cur.append(script, i, end);
                i = end;
            } else if (ch == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(ch);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    /** Index just past the closing quote; a doubled quote is an escaped one. */
    private static int closing(String s, int from, char quote) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static void add(List<String> out, StringBuilder cur) {
        String stmt = cur.toString().trim();
        if (!stmt.isEmpty()) {
            out.add(stmt);
        }
        cur.setLength(0);
    }
}
