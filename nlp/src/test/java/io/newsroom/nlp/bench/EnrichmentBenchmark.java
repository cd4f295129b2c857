package io.newsroom.nlp.bench;

import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Enrichment of one article on one thread (so ops/s is articles per second per core): a typical news
 * article and a long one. Invented texts, built here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EnrichmentBenchmark {

    /**
     * typical: the project's fixture news article (~120 words); long: ~12,000 words; sample: the shared one;
     * english: the project's English wire fixture (~150 words, the English model).
     */
    @Param({"typical", "long", "sample", "english"})
    public String size;

    private EnrichmentPipeline pipeline;
    private RawArticle article;

    @Setup
    public void setUp() throws IOException {
        pipeline = EnrichmentPipeline.standard();
        String typical;
        try (InputStream in = EnrichmentBenchmark.class.getResourceAsStream("/articles/ru-traps.txt")) {
            typical = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path sample = Path.of("../../shared/samples/vzglyad-putin-lukashenko.txt");
        String english;
        try (InputStream in = EnrichmentBenchmark.class.getResourceAsStream("/articles/en-wire.txt")) {
            english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = switch (size) {
            case "english" -> english;
            case "long" -> typical + "\n\n" + typical.substring(typical.indexOf("\n\n") + 2).repeat(100);
            case "sample" -> Files.exists(sample) ? Files.readString(sample) : typical;
            default -> typical;
        };
        if (size.equals("sample") && !Files.exists(sample)) {
            System.out.println("the shared sample is not beside the project: 'sample' measures the typical article");
        }
        article = ArticleSubmissions.fromPlainText("00000000-0000-0000-0000-000000000001", text, Instant.EPOCH);
    }

    @Benchmark
    public EnrichedArticle enrich() {
        return pipeline.enrich(article);
    }
}
