package io.newsroom.ingest.rest;

import io.newsroom.common.rest.ProblemException;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

@Path("/articles")
public class ArticleResource {

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
        return Response.accepted(Map.of(
                        "id", article.id(),
                        "revision", article.revision(),
                        "status", "accepted",
                        "location", location.toString()))
                .location(location)
                .build();
    }

    static IncomingArticle decode(byte[] body, String contentType, String idempotencyKey) {
        if (contentType == null || contentType.isBlank()) {
            throw new ProblemException(415, "Content-Type required",
                    "Send Content-Type text/plain; charset=utf-8 or application/json.");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "Unsupported Content-Type", "Cannot parse Content-Type: " + contentType);
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        IncomingArticle.Format format = switch (essence) {
            case "text/plain" -> IncomingArticle.Format.PLAIN_TEXT;
            case "application/json" -> IncomingArticle.Format.JSON;
            default -> throw new ProblemException(415, "Unsupported Content-Type",
                    "Content-Type " + essence + " is not supported; send text/plain or application/json.");
        };
        Charset charset = charset(type.getParameters().get("charset"));
        return new IncomingArticle(format, strictDecode(body, charset), idempotencyKey);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "Unsupported charset", "Charset " + name + " is not known to this service.");
        }
    }

    /** Bytes that are not valid in the declared charset are refused, never replaced with U+FFFD. */
    private static String strictDecode(byte[] body, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && body.length >= 3
                && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid " + charset.name()
                    + " text; declare its real charset in the Content-Type header.");
        }
    }
}
