package io.newsroom.launcher;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.infra.Ports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline as a user runs it, for the end-to-end tests (PipelineIT, DashboardIT): the packaged
 * services as processes on free ports, a real Kafka broker and a real PostgreSQL in a fresh data directory;
 * and the calls those tests make: post an article to ingest-service, read it back from publish-service.
 */
final class RunningPipeline implements AutoCloseable {

    static final Path HOME = Path.of(System.getProperty("pipeline.home", "..")).toAbsolutePath().normalize();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dataDir;
    private final PipelineSettings settings;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Pipeline pipeline;
    private java.util.function.UnaryOperator<Pipeline> configure;

    private RunningPipeline(Path dataDir, PipelineSettings settings) {
        this.dataDir = dataDir;
        this.settings = settings;
    }

    static RunningPipeline start() throws Exception {
        return start(pipeline -> pipeline);
    }

    /** The pipeline with some of its settings changed before it starts (a service's JVM options, say). */
    static RunningPipeline start(java.util.function.UnaryOperator<Pipeline> configure) throws Exception {
        Path dataDir = Files.createTempDirectory("pipeline-it");
        PipelineSettings settings = new PipelineSettings(HOME, dataDir, Ports.findFree(), Ports.findFree(),
                Ports.findFree(), Ports.findFree(), Ports.findFree(), Ports.findFree(), Optional.empty(),
                Optional.empty(), "postgres", "postgres");
        RunningPipeline running = new RunningPipeline(dataDir, settings);
        running.configure = configure;
        running.pipeline = configure.apply(new Pipeline(settings, running.consoleStream())).start();
        return running;
    }

    /** Stops everything and starts it again on the same data and ports. */
    void restart() {
        pipeline.close();
        pipeline = configure.apply(new Pipeline(settings, consoleStream())).start();
    }

    Pipeline pipeline() {
        return pipeline;
    }

    PipelineSettings settings() {
        return settings;
    }

    Path dataDir() {
        return dataDir;
    }

    /** What the launcher printed so far. */
    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    String ingestUrl() {
        return "http://localhost:" + settings.ingestPort();
    }

    String publishUrl() {
        return "http://localhost:" + settings.publishPort();
    }

    /** Posts plain text (first line the title) to ingest-service; the article's id. */
    String post(String text) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl() + "/articles"))
                        .header("X-Api-Key", pipeline.apiKey())
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        assertThat(response.headers().firstValue("Location")).hasValue(publishUrl() + "/articles/" + id.group(1));
        return id.group(1);
    }

    /** Posts an article as JSON to ingest-service; its id. */
    String postJson(String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl() + "/articles"))
                        .header("X-Api-Key", pipeline.apiKey())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ArticleJson.mapper().readTree(response.body()).get("id").asText();
    }

    /** The article as publish-service answers it, once it is there. */
    EnrichedArticle awaitArticle(String id, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = null;
        while (Instant.now().isBefore(deadline)) {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(publishUrl() + "/articles/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                return ArticleJson.read(response.body(), EnrichedArticle.class);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("article " + id + " not readable from publish-service within " + timeout.toSeconds()
                + " s (last status " + (response == null ? "none" : response.statusCode()) + ")");
    }

    /** A GET on publish-service: its body. */
    String read(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(publishUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** The ids of the newest 200 articles. */
    List<String> listedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        ArticleJson.mapper().readTree(read("/articles?limit=200")).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private PrintStream consoleStream() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (pipeline != null) {
            pipeline.close();
        }
    }
}
