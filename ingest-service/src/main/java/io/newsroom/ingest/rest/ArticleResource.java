package io.newsroom.ingest.rest;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.common.rest.RequestBodies;
import io.newsroom.common.rest.RequestBodies.DecodedBody;
import io.newsroom.events.RawArticle;
import io.newsroom.ingest.service.ArticleIngestService;
import io.newsroom.ingest.service.IncomingArticle;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

@Path("/articles")
public class ArticleResource {

    private static final Set<String> SUPPORTED = Set.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON);

    private final ArticleIngestService ingest;
    private final long maxBodyBytes;
    private final String publishUrl;

    public ArticleResource(ArticleIngestService ingest,
                           @ConfigProperty(name = "pipeline.ingest.max-body-bytes") long maxBodyBytes,
                           @ConfigProperty(name = "pipeline.publish.url") String publishUrl) {
        this.ingest = ingest;
        this.maxBodyBytes = maxBodyBytes;
        this.publishUrl = publishUrl.replaceAll("/+$", "");
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article",
            description = "text/plain (first non-empty line is the title) or application/json "
                    + "({\"title\",\"body\",\"url\",\"externalId\",\"source\",\"publishedAt\",\"language\",\"authors\"}; "
                    + "only body is required). Answers 202 once Kafka acknowledged the article.")
    @APIResponse(responseCode = "202", description = "Accepted: the article is on articles.raw")
    @APIResponse(responseCode = "400", description = "Malformed body or undecodable text")
    @APIResponse(responseCode = "401", description = "X-Api-Key missing")
    @APIResponse(responseCode = "403", description = "X-Api-Key not valid")
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Content-Type not supported")
    @APIResponse(responseCode = "422", description = "Well-formed but not acceptable (empty body, wrong field type)")
    @APIResponse(responseCode = "503", description = "Kafka unavailable; retry after the Retry-After seconds")
    public Uni<Response> submit(byte[] body,
                                @HeaderParam("Content-Type") String contentType,
                                @Parameter(description = "Makes a resubmission return the same article id")
                                @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body.length > maxBodyBytes) {
            throw new ProblemException(413, "Article too large", "The body has " + body.length
                    + " bytes; the limit is " + maxBodyBytes + " bytes.");
        }
        IncomingArticle incoming = decode(body, contentType, idempotencyKey);
        RawArticle article = ingest.parse(incoming, Instant.now());
        return ingest.accept(article).map(this::accepted);
    }

    private Response accepted(RawArticle article) {
        URI location = URI.create(publishUrl + "/articles/" + article.id());
        return Response.accepted(new AcceptedArticle(article.id(), article.revision(), "accepted", location.toString()))
                .location(location)
                .build();
    }

    static IncomingArticle decode(byte[] body, String contentType, String idempotencyKey) {
        DecodedBody decoded = RequestBodies.decode(body, contentType, SUPPORTED);
        IncomingArticle.Format format = decoded.mediaType().equals(MediaType.TEXT_PLAIN)
                ? IncomingArticle.Format.PLAIN_TEXT : IncomingArticle.Format.JSON;
        return new IncomingArticle(format, decoded.text(), idempotencyKey);
    }
}
