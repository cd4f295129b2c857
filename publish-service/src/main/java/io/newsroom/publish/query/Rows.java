package io.newsroom.publish.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading and binding the column types the queries share. */
final class Rows {

    private Rows() {
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Binds parameters in order; Instants as timestamps, everything else as the driver infers it. */
    static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof java.util.UUID[] ids) {
                s.setArray(i + 1, s.getConnection().createArrayOf("uuid", ids));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(java.sql.Connection c, String sql, List<Object> params, RowReader<T> reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }

    /** A read that runs longer than this is cancelled: a dashboard is better served by an error than a hang. */
    static final int QUERY_TIMEOUT_SECONDS = 10;
}
