package io.newsroom.launcher;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end, as a user runs it: the packaged services as processes, a real Kafka broker and a real
 * PostgreSQL, an article posted to ingest-service and read back from publish-service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path HOME = RunningPipeline.HOME;
    private static final Path SHARED_SAMPLE = HOME.resolve("../shared/samples/vzglyad-putin-lukashenko.txt").normalize();

    /** The services whose log lines about an article carry the article's trace id. */
    private static final List<String> TRACED_SERVICES = List.of("ingest-service", "enrich-service", "publish-service");
    private static RunningPipeline run;
    private static Path dataDir;
    private static PipelineSettings settings;
    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        run = RunningPipeline.start();
        dataDir = run.dataDir();
        settings = run.settings();
        pipeline = run.pipeline();
    }

    @AfterAll
    static void stopPipeline() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void summaryNamesTheUrlsAndTheApiKey() throws Exception {
        String summary = pipeline.summary();
        assertThat(summary).contains("http://localhost:" + settings.ingestPort(), "http://localhost:" + settings.publishPort(),
                pipeline.apiKey());
        assertThat(Files.readString(dataDir.resolve("api-key")).strip()).isEqualTo(pipeline.apiKey());
    }

    @Test
    @Order(2)
    void aPlainTextArticleIsReadableFromPublishWithinSeconds() throws Exception {
        String text = "Мэрия Казани открыла новый мост\n\nНовый мост через Казанку открыли для движения в понедельник, "
                + "сообщили в мэрии. Строительство продолжалось три года.";
        String id = post(text);

        EnrichedArticle article = awaitArticle(id, Duration.ofSeconds(60));
        assertThat(article.id()).isEqualTo(id);
        assertThat(article.title()).isEqualTo("Мэрия Казани открыла новый мост");
        assertThat(article.language()).isEqualTo("ru");
        assertThat(article.text()).isEqualTo(text);
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(publishUrl() + "/articles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains(id);
    }

    @Test
    @Order(2)
    void oneTraceIdFollowsAnArticleThroughTheServicesLogs() throws Exception {
        String id = post("Трассировка статьи\n\nЭта статья проходит все сервисы под одним идентификатором трассы.");
        awaitArticle(id, Duration.ofSeconds(60));
        Thread.sleep(1000); // log lines are flushed asynchronously

        java.util.Map<String, String> traceIds = new java.util.LinkedHashMap<>();
        for (String service : TRACED_SERVICES) {
            String line = Files.readAllLines(dataDir.resolve("logs").resolve(service + ".log")).stream()
                    .filter(l -> l.contains(id)).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " logged nothing about article " + id));
            Matcher trace = Pattern.compile("traceId=([0-9a-f]{32})").matcher(line);
            assertThat(trace.find()).as(service + " line carries a trace id: " + line).isTrue();
            traceIds.put(service, trace.group(1));
            assertThat(line).doesNotContain(pipeline.apiKey());
        }
        assertThat(new java.util.HashSet<>(traceIds.values())).as("one trace across " + traceIds).hasSize(1);
        for (String service : TRACED_SERVICES) {
            String log = Files.readString(dataDir.resolve("logs").resolve(service + ".log"));
            assertThat(log).as(service + " log").doesNotContain(pipeline.apiKey())
                    .doesNotContain("проходит все сервисы под одним");
        }
    }

    @Test
    @Order(7)
    void deadLettersAreListedWithTheirReasonAndReplayedOnce() throws Exception {
        String key = "poison-" + java.util.UUID.randomUUID();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(java.util.Map.of(
                "bootstrap.servers", pipeline.kafkaBootstrapServers(), "acks", "all"),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(io.newsroom.events.Topics.RAW, key,
                    "{broken")).get();
        }
        DeadLetters deadLetters = new DeadLetters(pipeline.kafkaBootstrapServers(), new PrintStream(new ByteArrayOutputStream()));
        Instant deadline = Instant.now().plusSeconds(60);
        List<DeadLetters.DeadLetter> listed = List.of();
        while (Instant.now().isBefore(deadline)) {
            listed = deadLetters.list(1000).stream().filter(l -> key.equals(l.key())).toList();
            if (!listed.isEmpty()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).topic()).isEqualTo("articles.raw.dlq");
        assertThat(listed.get(0).originalTopic()).isEqualTo("articles.raw");
        assertThat(listed.get(0).reason()).contains("not a valid RawArticle");

        assertThat(deadLetters.replay()).isEqualTo(1);
        // Still broken, so enrich dead-letters it again: a new dead letter. The next replay takes that one only.
        Instant again = Instant.now().plusSeconds(60);
        while (deadLetters.list(1000).stream().filter(l -> key.equals(l.key())).count() < 2 && Instant.now().isBefore(again)) {
            Thread.sleep(500);
        }
        assertThat(deadLetters.list(1000).stream().filter(l -> key.equals(l.key())).count()).isEqualTo(2);
        assertThat(deadLetters.replay()).as("the first dead letter is not replayed twice").isEqualTo(1);
    }

    @Test
    @Order(3)
    void theSharedSampleArticleKeepsItsTitle() throws Exception {
        assumeTrue(Files.exists(SHARED_SAMPLE), "skipped: " + SHARED_SAMPLE + " is not present (no ../shared)");
        String id = post(Files.readString(SHARED_SAMPLE, StandardCharsets.UTF_8));
        EnrichedArticle article = awaitArticle(id, Duration.ofSeconds(60));
        assertThat(article.title()).isEqualTo("Путин встретился с Лукашенко в Петербурге");
        assertThat(article.language()).isEqualTo("ru");
    }

    /**
     * The largest article ingest accepts (2 MB) goes all the way through with the services at their default heap
     * caps ({@link Pipeline#ENRICH_JAVA_OPTS}, {@link Pipeline#DEFAULT_JAVA_OPTS}): none runs out of memory and restarts.
     */
    @Test
    @Order(3)
    void theLargestArticleIngestAcceptsIsPublishedWithinTheDefaultHeaps() throws Exception {
        String[] people = {"Анна Левченко", "Пётр Самойлов", "Ирина Кузьмина", "Олег Бражников", "Мария Ткач"};
        String[] places = {"Вологде", "Казани", "Калуге", "Омске", "Твери", "Самаре"};
        String[] companies = {"«Северный завод»", "«Волжские сети»", "«Уральский хлеб»", "«Речной порт»"};
        StringBuilder text = new StringBuilder("Обзор региональной прессы за год\n\n");
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append(people[i % people.length]).append(" в ").append(places[i % places.length])
                    .append(" рассказала о работе компании ").append(companies[i % companies.length])
                    .append(": «За квартал выпуск вырос на ").append(i % 97).append(" процентов». ")
                    .append(i % 7 == 6 ? "\n\n" : "");
        }
        assertThat(text.toString().getBytes(StandardCharsets.UTF_8).length).isBetween(1_800_000, 2_097_152);
        ServiceProcess enrich = pipeline.service("enrich-service");
        ServiceProcess publish = pipeline.service("publish-service");
        int enrichRestarts = enrich.restarts();
        int publishRestarts = publish.restarts();

        String id = post(text.toString());

        EnrichedArticle article = awaitArticle(id, Duration.ofSeconds(240));
        assertThat(article.text()).isEqualTo(text.toString());
        assertThat(article.entities()).extracting(EnrichedArticle.Entity::name)
                .contains("Анна Левченко", "Вологда", "компания «Уральский хлеб»");
        assertThat(enrich.restarts()).as("enrich-service restarts").isEqualTo(enrichRestarts);
        assertThat(publish.restarts()).as("publish-service restarts").isEqualTo(publishRestarts);
    }

    /**
     * Two more shapes of the largest body ingest accepts, each of which once ran enrich-service out of heap (and so
     * into a crash loop on the same record): 2 MB of English prose, half a million tokens at one byte a character,
     * and a run of quote marks with no stop or line break, one 150,000-token "sentence" for the tagger.
     */
    @Test
    @Order(3)
    void theLargestEnglishArticleAndAStoplessRunOfQuoteMarksArePublishedWithinTheDefaultHeaps() throws Exception {
        StringBuilder english = new StringBuilder("A year of regional news\n\n");
        String[] people = {"Anna Levchenko", "Peter Samoilov", "Irina Kuzmina"};
        String[] cities = {"Boston", "Denver", "Leeds", "Perth"};
        for (int i = 0; english.length() < 2_000_000; i++) {
            english.append(people[i % people.length]).append(" told Reuters in ").append(cities[i % cities.length])
                    .append(": \"Output grew by ").append(i % 97).append(" percent this quarter,\" said the head of ")
                    .append("Acme Inc. ").append(i % 7 == 6 ? "\n\n" : "");
        }
        StringBuilder marks = new StringBuilder("Кавычки без конца\n\n");
        while (marks.length() < 1_150_000) {
            marks.append("«а» ");
        }
        ServiceProcess enrich = pipeline.service("enrich-service");
        int enrichRestarts = enrich.restarts();
        for (String text : List.of(english.toString(), marks.toString())) {
            assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(1_800_000, 2_097_152);
            String id = post(text);
            EnrichedArticle article = awaitArticle(id, Duration.ofSeconds(240));
            assertThat(article.text()).isEqualTo(text);
        }
        assertThat(enrich.restarts()).as("enrich-service restarts").isEqualTo(enrichRestarts);
    }

    @Test
    @Order(4)
    void aSecondStartOnTheSameDataIsRefusedClearly() {
        assertThatThrownBy(() -> new Pipeline(settings, new PrintStream(new ByteArrayOutputStream())).start())
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("A pipeline is already running");
        assertThat(pipeline.service("ingest-service").isReady()).as("the running pipeline is untouched").isTrue();
    }

    @Test
    @Order(5)
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            PipelineSettings clash = new PipelineSettings(HOME, Files.createTempDirectory("pipeline-it-clash"),
                    taken.getLocalPort(), Ports.findFree(), Ports.findFree(), Ports.findFree(), Ports.findFree(),
                    Ports.findFree(), Optional.empty(), Optional.empty(), "postgres", "postgres");
            assertThatThrownBy(() -> new Pipeline(clash, new PrintStream(new ByteArrayOutputStream())).start())
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + ", needed by ingest-service");
        }
    }

    @Test
    @Order(6)
    void aKilledServiceIsRestartedAndWhatWasAcceptedMeanwhileIsPublished() throws Exception {
        ServiceProcess enrich = pipeline.service("enrich-service");
        enrich.kill();
        String id = post("Статья во время сбоя\n\nЭту статью приняли, пока сервис обогащения перезапускался.");

        assertThat(awaitArticle(id, Duration.ofSeconds(120)).title()).isEqualTo("Статья во время сбоя");
        assertThat(enrich.restarts()).isGreaterThanOrEqualTo(1);
        assertThat(run.console()).contains("enrich-service exited with code");
    }

    @Test
    @Order(7)
    void windows1251TextReachesPublishWithItsCyrillicIntact() throws Exception {
        String text = "Снегопад в Перми\n\nВ Перми выпало тридцать сантиметров снега; школы работают в обычном режиме.";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + settings.ingestPort() + "/articles"))
                .header("X-Api-Key", pipeline.apiKey())
                .header("Content-Type", "text/plain; charset=windows-1251")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(java.nio.charset.Charset.forName("windows-1251"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = ArticleJson.mapper().readTree(response.body()).get("id").asText();

        EnrichedArticle article = awaitArticle(id, Duration.ofSeconds(60));
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.title()).isEqualTo("Снегопад в Перми");
    }

    @Test
    @Order(8)
    void aResubmissionAfterAnIngestRestartKeepsTheIdAndAChangedBodyBecomesARevision() throws Exception {
        String externalId = "cms-" + java.util.UUID.randomUUID();
        String first = postJson("{\"title\":\"Версия один\",\"body\":\"Первый текст.\",\"source\":\"CMS\",\"externalId\":\""
                + externalId + "\"}");
        EnrichedArticle v1 = awaitArticle(first, Duration.ofSeconds(60));

        ServiceProcess ingest = pipeline.service("ingest-service");
        int restartsBefore = ingest.restarts();
        ingest.kill();
        Instant deadline = Instant.now().plusSeconds(90);
        while ((ingest.restarts() == restartsBefore || !ingest.isReady()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(ingest.isReady()).as("ingest-service restarted").isTrue();

        String again = postJson("{\"title\":\"Версия один\",\"body\":\"Первый текст.\",\"source\":\"CMS\",\"externalId\":\""
                + externalId + "\"}");
        String changed = postJson("{\"title\":\"Версия два\",\"body\":\"Исправленный текст.\",\"source\":\"CMS\",\"externalId\":\""
                + externalId + "\"}");
        assertThat(again).isEqualTo(first);
        assertThat(changed).isEqualTo(first);

        Instant until = Instant.now().plusSeconds(60);
        EnrichedArticle latest = awaitArticle(first, Duration.ofSeconds(60));
        while (!"Версия два".equals(latest.title()) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            latest = awaitArticle(first, Duration.ofSeconds(60));
        }
        assertThat(latest.title()).isEqualTo("Версия два");
        assertThat(latest.revision()).isNotEqualTo(v1.revision());
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(publishUrl() + "/articles?limit=200")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.body().split(first, -1)).as("the article is listed once").hasSize(2);
    }

    @Test
    @Order(9)
    void reprocessSendsEveryStoredArticleThroughEnrichmentAgainWithoutDuplicates() throws Exception {
        List<String> before = listedIds();
        int sent = new Reprocess(pipeline.postgres().jdbcUrl(Pipeline.DATABASE), "postgres", "postgres",
                pipeline.kafkaBootstrapServers(), new PrintStream(new ByteArrayOutputStream())).run(Instant.EPOCH);
        assertThat(sent).isEqualTo(before.size());

        Thread.sleep(5000); // let enrich and publish work through them
        List<String> after = listedIds();
        assertThat(after).containsExactlyInAnyOrderElementsOf(before).doesNotHaveDuplicates();
    }

    @Test
    @Order(10)
    void dataSurvivesAWholeRestart() throws Exception {
        String id = post("Статья до перезапуска\n\nОна должна остаться после перезапуска всего конвейера.");
        awaitArticle(id, Duration.ofSeconds(60));

        run.restart();
        pipeline = run.pipeline();

        assertThat(awaitArticle(id, Duration.ofSeconds(30)).title()).isEqualTo("Статья до перезапуска");
        String after = post("Статья после перезапуска\n\nКонвейер снова принимает статьи.");
        assertThat(awaitArticle(after, Duration.ofSeconds(60)).title()).isEqualTo("Статья после перезапуска");
    }

    private static String publishUrl() {
        return run.publishUrl();
    }

    private static String post(String text) throws Exception {
        return run.post(text);
    }

    private static List<String> listedIds() throws Exception {
        return run.listedIds();
    }

    private static String postJson(String json) throws Exception {
        return run.postJson(json);
    }

    private static EnrichedArticle awaitArticle(String id, Duration timeout) throws Exception {
        return run.awaitArticle(id, timeout);
    }
}
