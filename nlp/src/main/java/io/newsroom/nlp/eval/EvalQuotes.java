package io.newsroom.nlp.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.Quote;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import io.newsroom.nlp.LanguageStage;
import io.newsroom.nlp.MetadataStage;
import io.newsroom.nlp.QuoteStage;
import io.newsroom.nlp.TextStructureStage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates quote extraction on a JSON-lines set of passages ({@code id, language, text, quotes: [{text, kind,
 * speaker}]}): {@code EvalQuotes [file]}, the set shipped at {@value #DEFAULT_RESOURCE} by default. Prints a row per
 * passage, per-language and total recall/precision (strict: the exact span and kind; relaxed: overlapping spans)
 * and attribution accuracy (the speaker's last word matches, allowing for Russian endings, among the quotes found),
 * ending with one summary line.
 */
public final class EvalQuotes {

    public static final String DEFAULT_RESOURCE = "/eval/quotes-ru-en.jsonl";

    private EvalQuotes() {
    }

    public record Expected(String text, String kind, String speaker) {
    }

    public record Passage(String id, String language, String text, List<Expected> quotes) {
    }

    /** Counts for one language or the total. */
    public static final class Counts {
        int expected;
        int found;
        int strict;
        int relaxed;
        int speakerRight;
        int passages;

        public double recall() {
            return expected == 0 ? 1 : (double) strict / expected;
        }

        public double precision() {
            return found == 0 ? 1 : (double) strict / found;
        }

        public double relaxedRecall() {
            return expected == 0 ? 1 : (double) relaxed / expected;
        }

        public double relaxedPrecision() {
            return found == 0 ? 1 : (double) relaxed / found;
        }

        /** Right speakers among the expected quotes that were found (relaxed match). */
        public double attribution() {
            return relaxed == 0 ? 0 : (double) speakerRight / relaxed;
        }

        public int passages() {
            return passages;
        }

        void add(Counts o) {
            expected += o.expected;
            found += o.found;
            strict += o.strict;
            relaxed += o.relaxed;
            speakerRight += o.speakerRight;
            passages += o.passages;
        }
    }

    public record Result(Map<String, Counts> byLanguage, Counts total, List<String> rows) {

        public String summary() {
            return String.format(Locale.ROOT, "quotes recall=%.2f precision=%.2f attribution=%.2f passages=%d",
                    total.recall(), total.precision(), total.attribution(), total.passages);
        }
    }

    public static void main(String[] args) {
        List<Passage> passages = args.length > 0 ? read(Path.of(args[0])) : readDefault();
        Result result = run(defaultPipeline(), passages);
        System.out.printf(Locale.ROOT, "%-7s %-4s %4s %4s %6s %7s %7s  %s%n", "id", "lang", "exp", "found", "strict",
                "relaxed", "speaker", "misses (- expected not found, + found not expected, ? wrong speaker)");
        result.rows().forEach(System.out::println);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-6s %8s %8s %7s %7s %9s %9s %11s%n", "lang", "passages", "expected",
                "recall", "precis.", "rel.rec.", "rel.prec.", "attribution");
        Map<String, Counts> all = new LinkedHashMap<>(result.byLanguage());
        all.put("total", result.total());
        all.forEach((lang, c) -> System.out.printf(Locale.ROOT, "%-6s %8d %8d %7.2f %7.2f %9.2f %9.2f %11.2f%n", lang,
                c.passages, c.expected, c.recall(), c.precision(), c.relaxedRecall(), c.relaxedPrecision(),
                c.attribution()));
        System.out.println(result.summary());
    }

    /**
     * The standard pipeline when it has an entity stage (speakers then resolve to entities); otherwise structure,
     * language, metadata and quotes, with speakers taken from the text.
     */
    public static EnrichmentPipeline defaultPipeline() {
        EnrichmentPipeline standard = EnrichmentPipeline.standard();
        if (standard.stageNames().contains("entities") && standard.stageNames().contains("quotes")) {
            return standard;
        }
        return new EnrichmentPipeline(List.of(new TextStructureStage(), new LanguageStage(), new MetadataStage(),
                new QuoteStage()), Clock.systemUTC());
    }

    public static Result run(EnrichmentPipeline pipeline, List<Passage> passages) {
        Map<String, Counts> byLanguage = new LinkedHashMap<>();
        Counts total = new Counts();
        List<String> rows = new ArrayList<>();
        for (Passage p : passages) {
            EnrichedArticle out = pipeline.enrich(new RawArticle(RawArticle.SCHEMA_VERSION, p.id(), p.id(),
                    Instant.EPOCH, "text/plain", null, null, p.text(), null, null, null, null, null, null, null, null));
            Counts c = new Counts();
            c.passages = 1;
            StringBuilder misses = new StringBuilder();
            score(p, out.quotes(), c, misses);
            rows.add(String.format(Locale.ROOT, "%-7s %-4s %4d %4d %6d %7d %7d  %s", p.id(), p.language(), c.expected,
                    c.found, c.strict, c.relaxed, c.speakerRight, misses.toString().strip()));
            byLanguage.computeIfAbsent(p.language(), k -> new Counts()).add(c);
            total.add(c);
        }
        return new Result(byLanguage, total, rows);
    }

    private static void score(Passage p, List<Quote> found, Counts c, StringBuilder misses) {
        c.expected = p.quotes().size();
        c.found = found.size();
        boolean[] used = new boolean[found.size()];
        for (Expected e : p.quotes()) {
            int at = p.text().indexOf(e.text());
            int start = at < 0 ? -1 : p.text().codePointCount(0, at);
            int end = at < 0 ? -1 : start + e.text().codePointCount(0, e.text().length());
            int match = -1;
            boolean exact = false;
            for (int k = 0; k < found.size() && !exact; k++) {
                Quote q = found.get(k);
                if (used[k] || q.end() <= start || end <= q.start()) {
                    continue;
                }
                exact = q.start() == start && q.end() == end && q.kind().name().equals(e.kind());
                match = match < 0 || exact ? k : match;
            }
            if (match < 0) {
                misses.append(" -«").append(e.text()).append('»');
                continue;
            }
            used[match] = true;
            c.relaxed++;
            c.strict += exact ? 1 : 0;
            String speaker = found.get(match).speaker() == null ? null : found.get(match).speaker().name();
            if (sameSpeaker(e.speaker(), speaker)) {
                c.speakerRight++;
            } else {
                misses.append(" ?").append(speaker).append("≠").append(e.speaker());
            }
            if (!exact) {
                misses.append(" ~«").append(found.get(match).text()).append('»');
            }
        }
        for (int k = 0; k < found.size(); k++) {
            if (!used[k]) {
                misses.append(" +«").append(found.get(k).text()).append('»');
            }
        }
    }

    /** Compares last words: "Сазонова" = "Сазоновой", "Finch" = "Laura Finch"; two nulls agree. */
    static boolean sameSpeaker(String expected, String found) {
        if (expected == null || found == null) {
            return expected == null && found == null;
        }
        String a = lastWord(expected);
        String b = lastWord(found);
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.equals(b) || common >= 4 && Math.max(a.length(), b.length()) - common <= 3;
    }

    private static String lastWord(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+");
        return words[words.length - 1].replaceAll("[^\\p{L}-]", "");
    }

    public static List<Passage> readDefault() {
        try (InputStream in = EvalQuotes.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no evaluation set on the classpath at " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Passage> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Passage> read(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Passage> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                Passage p = json.readValue(line, Passage.class);
                out.add(new Passage(p.id(), p.language(), p.text(), p.quotes() == null ? List.of() : p.quotes()));
            }
        }
        return out;
    }
}
