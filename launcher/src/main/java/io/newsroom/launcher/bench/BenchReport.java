package io.newsroom.launcher.bench;

import io.newsroom.events.ArticleJson;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The benchmark's output: a table, a JSON file and a PNG chart under bench-results/, and the summary line. */
public final class BenchReport {

    private BenchReport() {
    }

    public static void write(Map<String, Object> results, Path dir, PrintStream out) throws IOException {
        out.println();
        out.println("| figure | value |");
        out.println("|---|---|");
        results.forEach((name, value) -> {
            if (value instanceof Number number) {
                out.printf("| %s | %s |%n", name, format(number));
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Long> rss = (Map<String, Long>) results.getOrDefault("rss_mb", Map.of());
        rss.forEach((service, mb) -> out.printf("| rss_mb %s | %d |%n", service, mb));
        long rssMax = rss.values().stream().mapToLong(Long::longValue).max().orElse(0);
        results.put("rss_mb_max", rssMax);
        ratio(results, "ingest_vs_kafka_baseline", "ingest_per_s", "kafka_baseline_per_s", out);
        ratio(results, "ingest_batch_vs_kafka_baseline", "ingest_batch_per_s", "kafka_baseline_per_s", out);
        ratio(results, "publish_vs_postgres_baseline", "publish_store_per_s", "postgres_baseline_per_s", out);
        ratio(results, "publish_vs_postgres_indexed_baseline", "publish_store_per_s", "postgres_indexed_baseline_per_s", out);
        tables(results, out);

        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path json = dir.resolve("bench-" + stamp + ".json");
        Files.writeString(json, ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.copy(json, dir.resolve("latest.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path png = dir.resolve("bench-" + stamp + ".png");
        chart(results, png);
        Files.copy(png, dir.resolve("latest.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.printf("%nWrote %s and %s%n", json, png);
        out.println(summaryLine(results));
    }

    private static void ratio(Map<String, Object> results, String name, String part, String baseline, PrintStream out) {
        double value = number(results.get(part)).doubleValue() / Math.max(1e-9, number(results.get(baseline)).doubleValue());
        results.put(name, value);
        out.printf("| %s | %.2f |%n", name, value);
    }

    /** Where enrichment time goes, how it grows with article size, and how it scales with instances. */
    @SuppressWarnings("unchecked")
    private static void tables(Map<String, Object> results, PrintStream out) {
        Map<String, Number> stages = (Map<String, Number>) results.getOrDefault("enrich_cpu_ms_per_article", Map.of());
        if (!stages.isEmpty()) {
            out.printf("%n| enrich CPU per article | ms |%n|---|---|%n");
            stages.forEach((stage, ms) -> out.printf("| %s | %.3f |%n", stage, ms.doubleValue()));
        }
        List<Map<String, Number>> sizes = (List<Map<String, Number>>) results.getOrDefault("enrich_by_size", List.of());
        if (!sizes.isEmpty()) {
            out.printf("%n| article words | enrich mean ms | p95 ms | words/s |%n|---|---|---|---|%n");
            sizes.forEach(row -> out.printf("| %d | %.1f | %.1f | %.0f |%n", row.get("words").intValue(),
                    row.get("mean_ms").doubleValue(), row.get("p95_ms").doubleValue(), row.get("words_per_s").doubleValue()));
        }
        List<Map<String, Number>> scaling = (List<Map<String, Number>>) results.getOrDefault("enrich_scaling", List.of());
        if (!scaling.isEmpty()) {
            out.printf("%n| enrich instances | articles/s | per CPU-second |%n|---|---|---|%n");
            scaling.forEach(row -> out.printf("| %d | %.1f | %.1f |%n", row.get("instances").intValue(),
                    row.get("per_s").doubleValue(), row.get("per_s_core").doubleValue()));
        }
    }

    public static String summaryLine(Map<String, Object> r) {
        return String.format("e2e_per_s=%s e2e_p99_ms=%s ingest_per_s=%s kafka_baseline_per_s=%s enrich_per_s_core=%s rss_mb_max=%s",
                plain(r.get("e2e_per_s")), plain(r.get("e2e_p99_ms")), plain(r.get("ingest_per_s")),
                plain(r.get("kafka_baseline_per_s")), plain(r.get("enrich_per_s_core")), plain(r.get("rss_mb_max")));
    }

    private static void chart(Map<String, Object> r, Path png) throws IOException {
        CategoryChart throughput = new CategoryChartBuilder().width(900).height(420)
                .title("Throughput (articles or records per second)").yAxisTitle("per second").build();
        throughput.getStyler().setLegendVisible(false);
        throughput.getStyler().setLabelsVisible(true);
        throughput.getStyler().setChartTitleBoxVisible(false);
        throughput.getStyler().setDecimalPattern("#,##0");
        // Short labels that fit under the bars; each bar carries its value.
        Map<String, String> bars = new java.util.LinkedHashMap<>();
        bars.put("kafka_baseline_per_s", "Kafka");
        bars.put("ingest_per_s", "ingest");
        bars.put("ingest_batch_per_s", "ingest batch");
        bars.put("enrich_per_s_core", "enrich/core");
        bars.put("publish_store_per_s", "publish");
        bars.put("postgres_baseline_per_s", "PG");
        bars.put("postgres_indexed_baseline_per_s", "PG indexed");
        bars.put("e2e_per_s", "end to end");
        throughput.addSeries("throughput", List.copyOf(bars.values()),
                bars.keySet().stream().map(n -> number(r.get(n))).toList());

        CategoryChart latency = new CategoryChartBuilder().width(900).height(420)
                .title("End-to-end latency at " + "fixed offered rate (202 → stored), ms").yAxisTitle("ms").build();
        latency.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        latency.getStyler().setLabelsVisible(true);
        latency.getStyler().setDecimalPattern("#,##0");
        latency.getStyler().setLegendVisible(false);
        latency.addSeries("latency", List.of("p50", "p95", "p99", "max"),
                List.of(number(r.get("e2e_p50_ms")), number(r.get("e2e_p95_ms")), number(r.get("e2e_p99_ms")),
                        number(r.get("e2e_max_ms"))));
        @SuppressWarnings("unchecked")
        Map<String, Number> stageMs = (Map<String, Number>) r.getOrDefault("enrich_cpu_ms_per_article", Map.of());
        CategoryChart stages = new CategoryChartBuilder().width(900).height(420)
                .title("Where enrichment time goes (CPU ms per article)").yAxisTitle("ms").build();
        stages.getStyler().setLegendVisible(false);
        stages.getStyler().setLabelsVisible(true);
        stages.getStyler().setDecimalPattern("0.00");
        stages.addSeries("ms", stageMs.isEmpty() ? List.of("none") : List.copyOf(stageMs.keySet()),
                stageMs.isEmpty() ? List.of(0.0) : stageMs.values().stream().map(Number::doubleValue).toList());

        @SuppressWarnings("unchecked")
        List<Map<String, Number>> scalingRows = (List<Map<String, Number>>) r.getOrDefault("enrich_scaling", List.of());
        CategoryChart scaling = new CategoryChartBuilder().width(900).height(420)
                .title("Enrichment with 1, 2, 3 instances (articles/s)").yAxisTitle("per second").build();
        scaling.getStyler().setLabelsVisible(true);
        scaling.getStyler().setDecimalPattern("#,##0");
        scaling.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        List<String> instances = scalingRows.isEmpty() ? List.of("none")
                : scalingRows.stream().map(row -> row.get("instances") + " instance(s)").toList();
        scaling.addSeries("articles/s", instances, scalingRows.isEmpty() ? List.of(0.0)
                : scalingRows.stream().map(row -> row.get("per_s").doubleValue()).toList());
        scaling.addSeries("per CPU-second", instances, scalingRows.isEmpty() ? List.of(0.0)
                : scalingRows.stream().map(row -> row.get("per_s_core").doubleValue()).toList());
        BitmapEncoder.saveBitmap(List.of(throughput, latency, stages, scaling), 2, 2,
                png.toString().replaceAll("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static String plain(Object value) {
        return value instanceof Number n ? format(n) : "0";
    }

    private static String format(Number n) {
        return n instanceof Double || n instanceof Float ? String.format(java.util.Locale.ROOT, "%.1f", n.doubleValue())
                : n.toString();
    }
}
