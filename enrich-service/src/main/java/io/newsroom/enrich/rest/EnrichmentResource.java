package io.newsroom.enrich.rest;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.common.rest.RequestBodies;
import io.newsroom.common.rest.RequestBodies.DecodedBody;
import io.newsroom.enrich.service.EnrichmentService;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The enrichment that goes to Kafka, answered synchronously: for previews and for tools. */
@Path("/enrichments")
public class EnrichmentResource {

    private static final Set<String> SUPPORTED = Set.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON);

    private final EnrichmentService enrichment;
    private final long maxBodyBytes;

    public EnrichmentResource(EnrichmentService enrichment,
                              @ConfigProperty(name = "pipeline.enrich.max-body-bytes") long maxBodyBytes) {
        this.enrichment = enrichment;
        this.maxBodyBytes = maxBodyBytes;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrich one article now",
            description = "The body is an article as text/plain (first non-empty line is the title) or JSON like "
                    + "ingest-service takes. Answers the enriched article, the same as enrich-service puts on articles.enriched.")
    @APIResponse(responseCode = "200", description = "The enriched article")
    @APIResponse(responseCode = "400", description = "Malformed body")
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Content-Type not supported")
    @APIResponse(responseCode = "422", description = "Well-formed but not acceptable")
    public EnrichedArticle enrich(byte[] body, @HeaderParam("Content-Type") String contentType) {
        if (body.length > maxBodyBytes) {
            throw new ProblemException(413, "Article too large", "The body has " + body.length
                    + " bytes; the limit is " + maxBodyBytes + " bytes.");
        }
        DecodedBody decoded = RequestBodies.decode(body, contentType, SUPPORTED);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        RawArticle raw = decoded.mediaType().equals(MediaType.TEXT_PLAIN)
                ? ArticleSubmissions.fromPlainText(id, decoded.text(), now)
                : ArticleSubmissions.fromJson(id, decoded.text(), now);
        return enrichment.enrich(raw);
    }
}
