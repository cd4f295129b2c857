package io.newsroom.publish.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of {@code GET /quotes}. {@code start}/{@code end} (also as {@code offsets}) are code-point offsets
 * into the article's {@code text}, end exclusive; {@code speaker.entityId} is the global entity id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteItem(String text, Speaker speaker, String articleId, int start, int end, Offsets offsets,
                        String cue, String kind, Instant receivedAt, @JsonIgnore int ordinal) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String name, String entityId) {
    }

    public record Offsets(int start, int end) {
    }

    static final String COLUMNS = "q.article_id, q.ordinal, q.text, q.start_offset, q.end_offset, q.speaker_name, "
            + "q.speaker_entity_id, q.cue, q.kind, q.received_at";

    static QuoteItem read(ResultSet rs) throws SQLException {
        UUID speakerEntity = rs.getObject(7, UUID.class);
        String speakerName = rs.getString(6);
        Speaker speaker = speakerName == null && speakerEntity == null ? null
                : new Speaker(speakerName, speakerEntity == null ? null : speakerEntity.toString());
        int start = rs.getInt(4);
        int end = rs.getInt(5);
        return new QuoteItem(rs.getString(3), speaker, rs.getObject(1, UUID.class).toString(), start, end,
                new Offsets(start, end), rs.getString(8), rs.getString(9), Rows.instant(rs, 10), rs.getInt(2));
    }
}
