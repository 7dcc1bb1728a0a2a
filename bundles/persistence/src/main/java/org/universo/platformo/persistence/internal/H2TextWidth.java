package org.universo.platformo.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths are counted in characters (code points) everywhere: by the schemas' {@code maxLength} and by
 * PostgreSQL's {@code VARCHAR(n)}. H2 counts UTF-16 units, so an emoji takes two and a name within its schema's
 * limit could overflow its column. On H2 every {@code VARCHAR(n)} of a migration becomes {@code VARCHAR(2n)},
 * which holds any n characters; a schema migrated before that is widened once, and history row 0 records it.
 */
final class H2TextWidth {
    static final String CHECKSUM = "h2-text-width-1";
    private static final Pattern VARCHAR = Pattern.compile("(?i)\\bVARCHAR\\s*\\(\\s*(\\d+)\\s*\\)");

    private H2TextWidth() {
    }

    static String widen(String sql) {
        Matcher m = VARCHAR.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, "VARCHAR(" + 2 * Long.parseLong(m.group(1)) + ")");
        }
        return m.appendTail(out).toString();
    }

    /** Records the rule for {@code schema}; when it already has tables, doubles their text columns first. */
    static void adopt(Connection c, String schema, boolean migratedBefore) throws SQLException {
        if (migratedBefore) {
            for (String alter : alters(c, schema)) {
                try (Statement s = c.createStatement()) {
                    s.execute(alter);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema
                + ".schema_history (version, description, checksum, execution_ms) VALUES (?, ?, ?, 0)")) {
            ps.setInt(1, Migrator.H2_TEXT_WIDTH);
            ps.setString(2, "H2 text columns hold their length in characters");
            ps.setString(3, CHECKSUM);
            ps.executeUpdate();
        }
    }

    private static List<String> alters(Connection c, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_SCHEMA) = ? AND UPPER(DATA_TYPE) = 'CHARACTER VARYING' "
                + "AND UPPER(TABLE_NAME) <> 'SCHEMA_HISTORY'")) {
            ps.setString(1, schema.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long width = rs.getLong(3);
                    if (width > 0 && width < 1_000_000) {
                        out.add("ALTER TABLE " + schema + ".\"" + rs.getString(1) + "\" ALTER COLUMN \""
                                + rs.getString(2) + "\" SET DATA TYPE VARCHAR(" + 2 * width + ")");
                    }
                }
            }
        }
        return out;
    }
}
