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
        ratio(results, "publish_vs_postgres_baseline", "publish_store_per_s", "postgres_baseline_per_s", out);

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
        List<String> names = List.of("kafka_baseline_per_s", "ingest_per_s", "enrich_per_s_core", "publish_store_per_s",
                "postgres_baseline_per_s", "e2e_per_s");
        throughput.addSeries("throughput", names.stream().map(n -> n.replace("_per_s", "")).toList(),
                names.stream().map(n -> number(r.get(n))).toList());

        CategoryChart latency = new CategoryChartBuilder().width(900).height(420)
                .title("End-to-end latency at " + "fixed offered rate (202 → stored), ms").yAxisTitle("ms").build();
        latency.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        latency.getStyler().setLabelsVisible(true);
        latency.getStyler().setDecimalPattern("#,##0");
        latency.getStyler().setLegendVisible(false);
        latency.addSeries("latency", List.of("p50", "p95", "p99", "max"),
                List.of(number(r.get("e2e_p50_ms")), number(r.get("e2e_p95_ms")), number(r.get("e2e_p99_ms")),
                        number(r.get("e2e_max_ms"))));
        BitmapEncoder.saveBitmap(List.of(throughput, latency), 2, 1, png.toString().replaceAll("\\.png$", ""),
                BitmapEncoder.BitmapFormat.PNG);
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
