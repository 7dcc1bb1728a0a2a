package org.universo.platformo.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script: {@code V<version>__<description>[.<dialect>].sql}. */
record Migration(int version, String description, String dialect, String sql) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)(?:\\.(postgresql|h2))?\\.sql");

    /** Parses a file name; null when the name is not a migration's. */
    static Migration parse(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), m.group(3), sql);
    }

    /** SHA-256 of the script text with line endings normalised, so a checkout on Windows does not differ. */
    String checksum() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
