package io.newsroom.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.RawArticle;
import io.newsroom.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pipeline reprocess}: sends every stored article (or those received since a time) through
 * enrichment again, for example after a better model. Each goes back onto {@code articles.raw} under its own
 * id, revision and receipt time, with the text exactly as received; enrich-service enriches it with its
 * current enricher and publish-service replaces what it stored only where the enricher changed, so nothing
 * is duplicated and a repeated reprocess changes nothing.
 */
public final class Reprocess {

    public static final String HEADER = "pipeline-reprocess";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String bootstrapServers;
    private final PrintStream out;

    public Reprocess(String jdbcUrl, String user, String password, String bootstrapServers, PrintStream out) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.bootstrapServers = bootstrapServers;
        this.out = out;
    }

    /** Returns how many articles were sent. */
    public int run(Instant since) throws Exception {
        int sent = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024), new StringSerializer(), new StringSerializer());
             PreparedStatement select = db.prepareStatement(
                     "select enriched::text from article where received_at >= ? order by received_at, id")) {
            db.setAutoCommit(false); // lets the driver stream with a fetch size instead of loading every row
            select.setFetchSize(500);
            select.setTimestamp(1, Timestamp.from(since));
            List<Future<?>> inFlight = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    RawArticle raw = toRaw(ArticleJson.mapper().readTree(rows.getString(1)));
                    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.RAW, raw.id(), ArticleJson.write(raw));
                    record.headers().add(HEADER, "true".getBytes(StandardCharsets.UTF_8));
                    inFlight.add(producer.send(record));
                    sent++;
                    if (inFlight.size() >= 500) {
                        awaitAll(inFlight);
                        out.printf("reprocess: %d articles sent%n", sent);
                    }
                }
            }
            awaitAll(inFlight);
        }
        out.printf("reprocess: %d articles sent to %s for enrichment%n", sent, Topics.RAW);
        return sent;
    }

    /**
     * The raw article again, from the stored record: the text as received decides title and body as it did
     * the first time (the first non-empty line is the title).
     */
    static RawArticle toRaw(JsonNode enriched) {
        List<String> authors = new ArrayList<>();
        enriched.path("authors").forEach(a -> authors.add(a.asText()));
        return new RawArticle(RawArticle.SCHEMA_VERSION, text(enriched, "id"), text(enriched, "revision"),
                instant(enriched, "receivedAt"), null, null, null, text(enriched, "text"), text(enriched, "url"),
                text(enriched, "externalId"), text(enriched, "source"), instant(enriched, "publishedAt"), null,
                authors.isEmpty() ? null : List.copyOf(authors), null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }

    private static void awaitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        futures.clear();
    }
}
