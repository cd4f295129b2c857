package io.newsroom.ingest.rest;

import io.newsroom.common.rest.Problem;
import io.newsroom.common.rest.ProblemException;
import io.newsroom.common.rest.RequestBodies;
import io.newsroom.common.security.ApiKeyFilter;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.RawArticle;
import io.newsroom.ingest.service.ArticleIngestService;
import io.newsroom.ingest.service.ArticleIngestService.ItemOutcome;
import io.newsroom.ingest.service.BatchReader;
import io.newsroom.ingest.service.FeedReader;
import io.newsroom.ingest.service.InFlightBudget;
import io.newsroom.ingest.service.RateLimiter;
import io.newsroom.ingest.service.Submission;
import io.newsroom.ingest.service.WebPageReader;
import io.smallrye.common.annotation.Blocking;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    private static final Set<String> SUPPORTED = Set.of(MediaType.TEXT_PLAIN, MediaType.TEXT_HTML,
            MediaType.APPLICATION_JSON, NDJSON, RSS, ATOM);

    private final ArticleIngestService ingest;
    private final WebPageReader pages;
    private final RateLimiter rateLimiter;
    private final InFlightBudget budget;
    private final long maxBodyBytes;
    private final long maxBatchBytes;
    private final int maxBatchItems;
    private final String publishUrl;

    public ArticleResource(ArticleIngestService ingest, WebPageReader pages, RateLimiter rateLimiter, InFlightBudget budget,
                           @ConfigProperty(name = "pipeline.ingest.max-body-bytes") long maxBodyBytes,
                           @ConfigProperty(name = "pipeline.ingest.max-batch-bytes") long maxBatchBytes,
                           @ConfigProperty(name = "pipeline.ingest.max-batch-items") int maxBatchItems,
                           @ConfigProperty(name = "pipeline.publish.url") String publishUrl) {
        this.ingest = ingest;
        this.pages = pages;
        this.rateLimiter = rateLimiter;
        this.budget = budget;
        this.maxBodyBytes = maxBodyBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.maxBatchItems = maxBatchItems;
        this.publishUrl = publishUrl.replaceAll("/+$", "");
    }

    @POST
    @Blocking // parsing a large page or feed takes CPU time that must not stall the event loop
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit articles",
            description = "One article as text/plain (first non-empty line is the title; charset detected when not "
                    + "declared), text/html (a whole web page: title, authors, date and the main text are extracted), "
                    + "or application/json "
                    + "({\"title\",\"body\",\"url\",\"externalId\",\"source\",\"publishedAt\",\"language\",\"authors\"}; "
                    + "only body is required; other fields are kept as extra). Batches: application/x-ndjson "
                    + "(one article object per line) or a JSON array; feeds: application/rss+xml, application/atom+xml. "
                    + "Answers 202 once Kafka acknowledged every accepted article; a batch with refused items answers "
                    + "207 with each item's id or problem.")
    @APIResponse(responseCode = "202", description = "Accepted: the article (or every item) is on articles.raw")
    @APIResponse(responseCode = "207", description = "Batch or feed with refused items: see items[].status and problem")
    @APIResponse(responseCode = "400", description = "Malformed body or undecodable text")
    @APIResponse(responseCode = "401", description = "X-Api-Key missing")
    @APIResponse(responseCode = "403", description = "X-Api-Key not valid")
    @APIResponse(responseCode = "413", description = "Body or batch larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Content-Type or charset not supported")
    @APIResponse(responseCode = "422", description = "Well-formed but not acceptable (empty body, wrong field type)")
    @APIResponse(responseCode = "429", description = "This API key is over its rate; retry after Retry-After seconds")
    @APIResponse(responseCode = "503", description = "Kafka unavailable, or the service busy with other large "
            + "submissions; retry after Retry-After seconds")
    public Response submit(byte[] body,
                                @HeaderParam("Content-Type") String contentType,
                                @HeaderParam(ApiKeyFilter.HEADER) String apiKey,
                                @Parameter(description = "Makes a resubmission return the same article id")
                                @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @Parameter(description = "For text/html: the page's address, when the page does not name it")
                                @HeaderParam("Content-Location") String pageUrl) {
        rateLimiter.acquire(apiKey, body.length);
        int held = budget.acquire(body.length);
        try {
            // This worker thread waits for Kafka's acknowledgements (bounded by the send timeout) rather than
            // resuming the request later from a Kafka callback: under concurrent large batches the resumed
            // requests lost their request scope in the response filters (500s).
            return submitWithin(body, contentType, idempotencyKey, pageUrl).await().indefinitely();
        } finally {
            budget.release(held);
        }
    }

    private Uni<Response> submitWithin(byte[] body, String contentType, String idempotencyKey, String pageUrl) {
        String mediaType = RequestBodies.mediaType(contentType, SUPPORTED);
        boolean batch = mediaType.equals(NDJSON) || mediaType.equals(RSS) || mediaType.equals(ATOM)
                || mediaType.equals(MediaType.APPLICATION_JSON) && startsWithArray(body);
        // Batches, feeds and web pages (markup around the article) may be larger than one article's text.
        long limit = batch || mediaType.equals(MediaType.TEXT_HTML) ? maxBatchBytes : maxBodyBytes;
        if (body.length > limit) {
            throw new ProblemException(413, batch ? "Batch too large" : "Article too large", "The body has "
                    + body.length + " bytes; the limit is " + limit + " bytes.");
        }
        String bodySha256 = ArticleSubmissions.sha256(body);
        Instant now = Instant.now();
        if (!batch) {
            RawArticle parsed = switch (mediaType) {
                case MediaType.TEXT_PLAIN -> pages.plainText(body, contentType, now);
                case MediaType.TEXT_HTML -> pages.page(body, contentType, pageUrl, now);
                default -> ArticleSubmissions.fromJson(UUID.randomUUID().toString(),
                        RequestBodies.decode(body, contentType, SUPPORTED).text(), now);
            };
            RawArticle article = ingest.identify(parsed, idempotencyKey, -1, bodySha256);
            return ingest.accept(article).map(this::accepted);
        }
        List<Submission> items = switch (mediaType) {
            case NDJSON -> BatchReader.ndjson(RequestBodies.decode(body, contentType, SUPPORTED).text(), now, maxBatchItems);
            case MediaType.APPLICATION_JSON ->
                    BatchReader.jsonArray(RequestBodies.decode(body, contentType, SUPPORTED).text(), now, maxBatchItems);
            default -> FeedReader.read(body, RequestBodies.hasCharset(contentType)
                    ? RequestBodies.decode(body, contentType, SUPPORTED).text() : null, mediaType, now, maxBatchItems);
        };
        List<Submission> identified = items.stream().map(item -> item.article() == null ? item
                : Submission.of(item.index(), ingest.identify(item.article(), idempotencyKey, item.index(), bodySha256)))
                .toList();
        return ingest.acceptAll(identified).map(this::batchAnswer);
    }

    private Response accepted(RawArticle article) {
        URI location = location(article);
        return Response.accepted(new AcceptedArticle(article.id(), article.revision(), "accepted", location.toString()))
                .location(location)
                .build();
    }

    private Response batchAnswer(List<ItemOutcome> outcomes) {
        List<BatchAnswer.Item> items = outcomes.stream().map(outcome -> outcome.article() != null
                ? new BatchAnswer.Item(outcome.index(), 202, outcome.article().id(), outcome.article().revision(),
                        location(outcome.article()).toString(), null)
                : new BatchAnswer.Item(outcome.index(), outcome.problem().status(), null, null, null,
                        new Problem("about:blank", outcome.problem().title(), outcome.problem().status(),
                                outcome.problem().getMessage(), null, null))).toList();
        int accepted = (int) items.stream().filter(i -> i.status() == 202).count();
        BatchAnswer answer = new BatchAnswer(accepted, items.size() - accepted, items);
        return Response.status(accepted == items.size() ? 202 : 207).entity(answer).type(MediaType.APPLICATION_JSON).build();
    }

    private URI location(RawArticle article) {
        return URI.create(publishUrl + "/articles/" + article.id());
    }

    private static boolean startsWithArray(byte[] body) {
        for (byte b : body) {
            if (b == '[') {
                return true;
            }
            // skip a UTF-8 byte-order mark and whitespace
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }
}
