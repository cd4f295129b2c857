package io.newsroom.launcher.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

    @Test
    void printsTablesWritesJsonAndChartAndEndsWithTheSummaryLine(@TempDir Path dir) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("kafka_baseline_per_s", 6000.0);
        results.put("ingest_per_s", 300.25);
        results.put("enrich_per_s_core", 280.0);
        results.put("publish_store_per_s", 200.0);
        results.put("postgres_baseline_per_s", 1700.0);
        results.put("e2e_per_s", 150.0);
        results.put("e2e_p99_ms", 420L);
        results.put("enrich_cpu_ms_per_article", new LinkedHashMap<>(Map.of("entities", 2.25)));
        results.put("enrich_by_size", List.of(Map.of("words", 500, "mean_ms", 4.5, "p95_ms", 6.0, "words_per_s", 111111.0)));
        results.put("enrich_scaling", List.of(Map.of("instances", 1, "per_s", 150.0, "per_s_core", 260.0),
                Map.of("instances", 2, "per_s", 240.0, "per_s_core", 250.0)));
        results.put("rss_mb", Map.of("enrich-service", 280L, "ingest-service", 210L));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        BenchReport.write(results, dir, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("e2e_per_s=150.0 e2e_p99_ms=420 ingest_per_s=300.3 "
                + "kafka_baseline_per_s=6000.0 enrich_per_s_core=280.0 rss_mb_max=280");
        assertThat(List.of(lines)).contains("| entities | 2.250 |", "| 500 | 4.5 | 6.0 | 111111 |", "| 2 | 240.0 | 250.0 |",
                "| ingest_vs_kafka_baseline | 0.05 |");
        assertThat(Files.readString(dir.resolve("latest.json"))).contains("\"enrich_scaling\"", "\"rss_mb_max\" : 280");
        byte[] png = Files.readAllBytes(dir.resolve("latest.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void readsEnrichStageTimersFromPrometheusText() {
        String before = """
                # TYPE newsroom_enrich_stage_seconds summary
                newsroom_enrich_stage_seconds{stage="entities",quantile="0.5"} 0.002
                newsroom_enrich_stage_seconds_count{stage="entities"} 10.0
                newsroom_enrich_stage_seconds_sum{stage="entities"} 0.03
                newsroom_enrich_stage_seconds_count{stage="language"} 10.0
                newsroom_enrich_stage_seconds_sum{stage="language"} 0.004
                """;
        String after = before.replace("_count{stage=\"entities\"} 10.0", "_count{stage=\"entities\"} 110.0")
                .replace("_sum{stage=\"entities\"} 0.03", "_sum{stage=\"entities\"} 0.23");

        Map<String, Double> mean = EnrichStageTimes.meanMsSince(EnrichStageTimes.parse(before), EnrichStageTimes.parse(after));

        assertThat(mean).containsOnlyKeys("entities"); // no language article in between
        assertThat(mean.get("entities")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void generatesNewsLikeArticlesOfTheAskedLength() {
        ArticleGenerator generator = new ArticleGenerator(1);
        for (int index = 0; index < 2; index++) {
            String article = generator.withWords(index, 1_500);
            int words = article.split("\\s+").length;
            assertThat(words).isBetween(1_500, 1_530);
            assertThat(article.lines().skip(2).findFirst().orElseThrow()).startsWith(index == 0 ? "Текст: " : "By ");
            assertThat(article).containsAnyOf("«", "\"");
        }
        int length = new ArticleGenerator(2).next(0).split("\\s+").length;
        assertThat(length).isBetween(300, 1_030);
    }
}
