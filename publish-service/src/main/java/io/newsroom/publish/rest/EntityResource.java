package io.newsroom.publish.rest;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.publish.query.EntityDetail;
import io.newsroom.publish.query.EntityQueries;
import io.newsroom.publish.query.EntitySummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private static final String LIST = "entities";
    static final int LATEST_ARTICLES = 10;

    private final DatabaseReads reads;

    public EntityResource(DatabaseReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Entities (people, places, organisations) across all articles, by name",
            description = "Ordered by name; keyset paging with cursor. q matches the start of any word of the "
                    + "canonical name or of any form the articles used (\"путин\" finds \"Владимира Путина\").")
    @APIResponse(responseCode = "200", description = "{\"items\": [{id, name, type, articleCount, mentionCount}], \"nextCursor\"}")
    @APIResponse(responseCode = "400", description = "unknown type, bad limit or cursor, q too long")
    public Page<EntitySummary> list(
            @Parameter(description = "words of the name, each a prefix, any case form") @QueryParam("q") String q,
            @Parameter(description = "PERSON, LOCATION or ORGANIZATION") @QueryParam("type") String type,
            @Parameter(description = "1 to 200, default 20") @QueryParam("limit") String limitParam,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursorParam) {
        int limit = QueryParams.limit(limitParam);
        EntityQueries.Filter filter = new EntityQueries.Filter(QueryParams.text("q", q, QueryParams.MAX_SEARCH_CHARS),
                QueryParams.enumName("type", type, EntityType.class));
        Cursor cursor = Cursor.decode(cursorParam, LIST, 2);
        EntityQueries.After after = cursor == null ? null : new EntityQueries.After(cursor.text(0), cursor.uuid(1));
        List<EntitySummary> rows = reads.run(c -> EntityQueries.list(c, filter, after, limit + 1));
        return Page.of(rows, limit, last -> Cursor.of(LIST, last.nameKey(), last.id()).encode());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity with every form it was named by and its latest articles")
    @APIResponse(responseCode = "200", description = "{id, name, type, articleCount, mentionCount, aliases, latestArticles}")
    @APIResponse(responseCode = "404", description = "No entity with this id")
    public EntityDetail get(@PathParam("id") String id) {
        UUID uuid = QueryParams.pathId("entity", id);
        return reads.run(c -> EntityQueries.get(c, uuid, LATEST_ARTICLES))
                .orElseThrow(() -> ProblemException.notFound("No entity " + id + "."));
    }
}
