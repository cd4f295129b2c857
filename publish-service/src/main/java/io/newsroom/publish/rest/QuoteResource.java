package io.newsroom.publish.rest;

import io.newsroom.publish.query.QuoteItem;
import io.newsroom.publish.query.QuoteQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private static final String LIST = "quotes";

    private final DatabaseReads reads;

    public QuoteResource(DatabaseReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Quotes, newest article first",
            description = "Each item: text, speaker {name, entityId}, articleId, start/end (offsets into the article text).")
    @APIResponse(responseCode = "200", description = "{\"items\": [...], \"nextCursor\": \"...\"}")
    @APIResponse(responseCode = "400", description = "bad limit, cursor or article id; a search too long")
    public Page<QuoteItem> list(
            @Parameter(description = "the speaker: an entity id, or words of the name (each a prefix, any case form)")
            @QueryParam("speaker") String speaker,
            @Parameter(description = "words in the quote (web-search syntax, stemmed)") @QueryParam("q") String q,
            @Parameter(description = "an article id") @QueryParam("article") String article,
            @Parameter(description = "1 to 200, default 20") @QueryParam("limit") String limitParam,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursorParam) {
        int limit = QueryParams.limit(limitParam);
        String speakerText = QueryParams.text("speaker", speaker, QueryParams.MAX_SEARCH_CHARS);
        UUID speakerEntity = null;
        String speakerWords = null;
        if (speakerText != null) {
            try {
                speakerEntity = UUID.fromString(speakerText);
            } catch (IllegalArgumentException notAnId) {
                speakerWords = speakerText;
            }
        }
        QuoteQueries.Filter filter = new QuoteQueries.Filter(speakerEntity, speakerWords,
                QueryParams.text("q", q, QueryParams.MAX_SEARCH_CHARS), QueryParams.uuid("article", article));
        Cursor cursor = Cursor.decode(cursorParam, LIST, 3);
        QuoteQueries.After after = cursor == null ? null
                : new QuoteQueries.After(cursor.instant(0), cursor.uuid(1), cursor.integer(2));
        List<QuoteItem> rows = reads.run(c -> QuoteQueries.list(c, filter, after, limit + 1));
        return Page.of(rows, limit, last -> Cursor.of(LIST, last.receivedAt(), last.articleId(), last.ordinal()).encode());
    }
}
