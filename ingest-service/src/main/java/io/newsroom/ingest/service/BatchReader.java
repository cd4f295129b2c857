package io.newsroom.ingest.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.InvalidArticleException;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches: newline-delimited JSON (one article object per line) or a JSON array of article objects. Each
 * item is judged on its own, so one bad line does not cost the others.
 */
public final class BatchReader {

    private BatchReader() {
    }

    public static List<Submission> ndjson(String text, Instant receivedAt, int maxItems) {
        List<Submission> items = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int index = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (index >= maxItems) {
                throw tooMany(maxItems);
            }
            items.add(item(index++, () -> ArticleSubmissions.fromJson(provisionalId(), line, receivedAt)
                    .withContentType("application/x-ndjson")));
        }
        if (items.isEmpty()) {
            throw new ProblemException(422, "Empty batch", "The batch has no articles: send one JSON object per line.");
        }
        return items;
    }

    public static List<Submission> jsonArray(String text, Instant receivedAt, int maxItems) {
        List<Submission> items = new ArrayList<>();
        try (JsonParser parser = ArticleJson.mapper().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.badRequest("Expected a JSON array of articles.");
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (index >= maxItems) {
                    throw tooMany(maxItems);
                }
                JsonNode node = ArticleJson.mapper().readTree(parser);
                int itemIndex = index++;
                items.add(item(itemIndex, () -> {
                    if (!(node instanceof ObjectNode object)) {
                        throw new InvalidArticleException(null, "Item " + itemIndex + " is not a JSON object.", true);
                    }
                    return ArticleSubmissions.fromJsonObject(provisionalId(), object, receivedAt, "application/json");
                }));
            }
            if (parser.nextToken() != null) {
                throw ProblemException.badRequest("Unexpected content after the JSON array.");
            }
        } catch (JsonProcessingException e) {
            // The array itself is broken: items after the break cannot be told apart, so nothing is taken.
            throw new ProblemException(400, "Malformed batch", "The JSON array is malformed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProblemException(400, "Malformed batch", e.getMessage());
        }
        if (items.isEmpty()) {
            throw new ProblemException(422, "Empty batch", "The batch has no articles.");
        }
        return items;
    }

    private static Submission item(int index, java.util.function.Supplier<io.newsroom.events.RawArticle> parse) {
        try {
            return Submission.of(index, parse.get());
        } catch (RuntimeException e) {
            return Submission.refused(index, e);
        }
    }

    private static ProblemException tooMany(int maxItems) {
        return new ProblemException(413, "Batch too large", "A batch may hold at most " + maxItems
                + " articles; split it.");
    }

    static String provisionalId() {
        return java.util.UUID.randomUUID().toString();
    }
}
