package io.newsroom.publish.query;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** One item of {@code GET /entities}: a real-world entity across all stored articles. */
public record EntitySummary(String id, String name, String type, int articleCount, int mentionCount,
                            @JsonIgnore String nameKey) {

    static final String COLUMNS = "e.id, e.name, e.type, e.article_count, e.mention_count, e.name_key";

    static EntitySummary read(ResultSet rs) throws SQLException {
        return new EntitySummary(rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5), rs.getString(6));
    }
}
