package io.newsroom.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * enrich-service's own per-stage timers ({@code newsroom_enrich_stage_seconds}, see docs/metrics.md) read from
 * its Prometheus endpoint, so the benchmark can say where enrichment time goes without a profiler attached.
 */
final class EnrichStageTimes {

    private static final Pattern LINE = Pattern.compile(
            "^newsroom_enrich_stage_seconds_(sum|count)\\{[^}]*stage=\"([^\"]+)\"[^}]*}\\s+(\\S+)$", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EnrichStageTimes() {
    }

    /** Per stage: {total seconds, articles}. */
    static Map<String, double[]> scrape(String serviceUrl) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return parse(body);
    }

    static Map<String, double[]> parse(String prometheusText) {
        Map<String, double[]> stages = new TreeMap<>();
        Matcher m = LINE.matcher(prometheusText);
        while (m.find()) {
            double[] totals = stages.computeIfAbsent(m.group(2), k -> new double[2]);
            totals[m.group(1).equals("sum") ? 0 : 1] += Double.parseDouble(m.group(3));
        }
        return stages;
    }

    /** Each stage's mean milliseconds per article between two scrapes. */
    static Map<String, Double> meanMsSince(Map<String, double[]> before, Map<String, double[]> after) {
        Map<String, Double> mean = new LinkedHashMap<>();
        after.forEach((stage, totals) -> {
            double[] earlier = before.getOrDefault(stage, new double[2]);
            double articles = totals[1] - earlier[1];
            if (articles > 0) {
                mean.put(stage, (totals[0] - earlier[0]) * 1000 / articles);
            }
        });
        return mean;
    }
}
