package org.universo.platformo.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void splitsOutsideQuotesCommentsAndDollarBodies() {
        String sql = "CREATE TABLE a (x VARCHAR(5) DEFAULT 'a;b');\n-- comment; with semicolon\n"
                + "CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                + "INSERT INTO a VALUES ('it''s;');;\n";
        List<String> parts = SqlScript.split(sql);
        assertEquals(3, parts.size(), parts.toString());
        assertEquals("CREATE TABLE a (x VARCHAR(5) DEFAULT 'a;b')", parts.get(0));
        assertEquals("CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE sql", parts.get(1));
        assertEquals("INSERT INTO a VALUES ('it''s;')", parts.get(2));
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertEquals(List.of(), SqlScript.split("  -- only a comment\n ; ;"));
    }
}
