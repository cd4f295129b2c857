package io.newsroom.publish.rest;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.publish.persistence.ArticleEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int MAX_LIMIT = 200;

    @GET
    @Operation(summary = "Articles, newest first", description = "Keyset paging: pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "{\"items\": [...], \"nextCursor\": \"...\"}")
    @APIResponse(responseCode = "400", description = "limit outside 1..200, or a cursor this service did not give out")
    public Page<ArticleSummary> list(@QueryParam("limit") @DefaultValue("20") String limitParam,
                                     @QueryParam("cursor") String cursor) {
        int limit = limit(limitParam);
        PanacheQuery<ArticleEntity> query;
        Sort newestFirst = Sort.descending("receivedAt", "id");
        if (cursor == null || cursor.isBlank()) {
            query = ArticleEntity.findAll(newestFirst);
        } else {
            Cursor after = Cursor.decode(cursor);
            query = ArticleEntity.find("receivedAt < :at or (receivedAt = :at and id < :id)", newestFirst,
                    Parameters.with("at", after.sortKey()).and("id", after.id()));
        }
        // One row more than asked for tells whether a next page exists (range bounds are inclusive).
        List<ArticleEntity> rows = query.range(0, limit).list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ArticleEntity last = rows.get(limit - 1);
            next = new Cursor(last.receivedAt, last.id).encode();
        }
        return new Page<>(rows.stream().map(ArticleSummary::of).toList(), next);
    }

    /** Parsed here rather than by the framework, so that "limit=lots" is a 400 that says why, not a 404. */
    static int limit(String value) {
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The whole enriched article")
    @APIResponse(responseCode = "200", description = "The enriched article as enrich-service produced it")
    @APIResponse(responseCode = "404", description = "No article with this id")
    public EnrichedArticle get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No article " + id + " (article ids are UUIDs).");
        }
        ArticleEntity article = ArticleEntity.findById(uuid);
        if (article == null) {
            throw ProblemException.notFound("No article " + id + ".");
        }
        // Re-read as the contract record: the answer has the contract's field names and order, whatever
        // jsonb did to the stored text.
        return ArticleJson.read(article.enriched, EnrichedArticle.class);
    }
}
