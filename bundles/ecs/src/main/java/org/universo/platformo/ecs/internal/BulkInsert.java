package org.universo.platformo.ecs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Multi-row INSERTs (many rows per statement and round trip), which both PostgreSQL and H2 take; rows are written in
 * the order they were added, so parents added before children satisfy the tree's foreign key.
 */
final class BulkInsert implements AutoCloseable {
    private static final int MAX_PARAMS = 4000;
    private final Connection c;
    private final String head;
    private final String row;
    private final int width;
    private final int rowsPerStatement;
    private final List<Object> pending = new ArrayList<>();
    private PreparedStatement full;
    private int written;

    /** {@code head}: {@code INSERT INTO t (a, b)}; {@code row}: {@code (?, ?)} with {@code width} placeholders. */
    BulkInsert(Connection c, String head, String row, int width) {
        this.c = c;
        this.head = head;
        this.row = row;
        this.width = width;
        this.rowsPerStatement = Math.max(1, MAX_PARAMS / width);
    }

    void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        Collections.addAll(pending, values);
        if (pending.size() == width * rowsPerStatement) {
            if (full == null) {
                full = c.prepareStatement(statement(rowsPerStatement));
            }
            run(full);
        }
    }

    /** Writes the rows still pending; returns how many rows were written in all. */
    int finish() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = c.prepareStatement(statement(pending.size() / width))) {
                run(rest);
            }
        }
        return written;
    }

    private void run(PreparedStatement ps) throws SQLException {
        Sql.bind(ps, pending.toArray());
        written += ps.executeUpdate();
        pending.clear();
    }

    private String statement(int rows) {
        return head + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
