package io.newsroom.publish.rest;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.publish.persistence.ArticleEntity;
import io.newsroom.publish.query.ArticleQueries;
import io.newsroom.publish.query.ArticleSummary;
import io.newsroom.publish.stream.ArticleStream;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.List;
import java.util.UUID;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private static final String LIST = "articles";
    private static final String RANKED_LIST = "articles-by-relevance";

    private final DatabaseReads reads;
    private final ArticleStream stream;

    public ArticleResource(DatabaseReads reads, ArticleStream stream) {
        this.reads = reads;
        this.stream = stream;
    }

    @GET
    @Operation(summary = "Articles, newest first (by receipt)",
            description = "Keyset paging: pass nextCursor as cursor for the next page. Filters combine (and).")
    @APIResponse(responseCode = "200", description = "{\"items\": [...], \"nextCursor\": \"...\"}")
    @APIResponse(responseCode = "400", description = "limit outside 1..200, a cursor this list did not give out, "
            + "or a filter value that cannot be one")
    public Page<ArticleSummary> list(
            @Parameter(description = "1 to 200, default 20") @QueryParam("limit") String limitParam,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursorParam,
            @Parameter(description = "full-text search of title (weighted higher) and body; Russian and English "
                    + "stemming; web-search syntax (\"phrase\", or, -word)") @QueryParam("q") String q,
            @Parameter(description = "a global entity id (GET /entities)") @QueryParam("entity") String entity,
            @Parameter(description = "ISO 639-1 code, or und") @QueryParam("language") String language,
            @Parameter(description = "the source as sent") @QueryParam("source") String source,
            @Parameter(description = "published (else received) at or after: ISO-8601 date-time or date")
            @QueryParam("from") String from,
            @Parameter(description = "published (else received) before: ISO-8601 date-time or date")
            @QueryParam("to") String to,
            @Parameter(description = "newest (default) or relevance (needs q: best match first, title words above body "
                    + "words, then newest)") @QueryParam("sort") String sort) {
        int limit = QueryParams.limit(limitParam);
        ArticleQueries.Filter filter = new ArticleQueries.Filter(
                QueryParams.text("q", q, QueryParams.MAX_SEARCH_CHARS),
                QueryParams.uuid("entity", entity),
                QueryParams.text("language", language, 35),
                QueryParams.text("source", source, 1000),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        if (relevance(sort)) {
            if (filter.q() == null) {
                throw ProblemException.badRequest("sort=relevance ranks by q; give q, or sort=newest.");
            }
            Cursor ranked = Cursor.decode(cursorParam, RANKED_LIST, 3);
            ArticleQueries.AfterRanked afterRanked = ranked == null ? null
                    : new ArticleQueries.AfterRanked(ranked.real(0), ranked.instant(1), ranked.uuid(2));
            List<ArticleSummary> rows = reads.run(c -> ArticleQueries.listByRelevance(c, filter, afterRanked, limit + 1));
            return Page.of(rows, limit, last -> Cursor.of(RANKED_LIST, last.rank(), last.receivedAt(), last.id()).encode());
        }
        Cursor cursor = Cursor.decode(cursorParam, LIST, 2);
        ArticleQueries.After after = cursor == null ? null : new ArticleQueries.After(cursor.instant(0), cursor.uuid(1));
        // One row more than asked for tells whether a next page exists.
        List<ArticleSummary> rows = reads.run(c -> ArticleQueries.list(c, filter, after, limit + 1));
        return Page.of(rows, limit, last -> Cursor.of(LIST, last.receivedAt(), last.id()).encode());
    }

    private static boolean relevance(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equals("newest")) {
            return false;
        }
        if (sort.strip().equals("relevance")) {
            return true;
        }
        throw ProblemException.badRequest("sort must be newest or relevance.");
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-Sent Events: each article as it is published",
            description = "One event per created or revised article, after it is stored; data is the list item JSON.")
    public Multi<ArticleSummary> stream() {
        return stream.articles();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The whole enriched article")
    @APIResponse(responseCode = "200", description = "The enriched article as enrich-service produced it")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public EnrichedArticle get(@PathParam("id") String id) {
        UUID uuid = QueryParams.pathId("article", id);
        ArticleEntity article = ArticleEntity.findById(uuid);
        if (article == null) {
            throw ProblemException.notFound("No article " + id + ".");
        }
        // Re-read as the contract record: the answer has the contract's field names and order, whatever
        // jsonb did to the stored text.
        return ArticleJson.read(article.enriched, EnrichedArticle.class);
    }
}
