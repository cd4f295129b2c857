package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.TypedSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a folder in factRuEval-2016 format ({@code book_N.txt}, {@code .spans}, {@code .objects}) as gold
 * mentions the project's way: Person → PERSON, Location and LocOrg → LOCATION, Org → ORGANIZATION (other types
 * ignored); a mention runs from the smallest start to the largest end of its object's spans. The files' offsets
 * index the text as a sequence of Unicode code points (as Python does), which is what the contract uses, so
 * they are kept as code points; identical mentions of two objects count once.
 */
public final class FactRuEvalCorpus {

    private FactRuEvalCorpus() {
    }

    public static List<AnnotatedText> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<AnnotatedText> docs = new ArrayList<>();
            for (Path txt : texts) {
                String name = txt.getFileName().toString();
                String base = name.substring(0, name.length() - 4);
                docs.add(readDocument(folder, base));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnnotatedText readDocument(Path folder, String base) throws IOException {
        String text = Files.readString(folder.resolve(base + ".txt"), StandardCharsets.UTF_8);
        Map<String, int[]> spans = new HashMap<>();
        Path spansFile = folder.resolve(base + ".spans");
        if (Files.exists(spansFile)) {
            for (String line : Files.readAllLines(spansFile, StandardCharsets.UTF_8)) {
                String[] f = beforeComment(line);
                if (f.length >= 4) {
                    int start = Integer.parseInt(f[2]);
                    spans.put(f[0], new int[] {start, start + Integer.parseInt(f[3])});
                }
            }
        }
        Set<TypedSpan> mentions = new LinkedHashSet<>();
        Path objectsFile = folder.resolve(base + ".objects");
        if (Files.exists(objectsFile)) {
            for (String line : Files.readAllLines(objectsFile, StandardCharsets.UTF_8)) {
                String[] f = beforeComment(line);
                if (f.length < 3) {
                    continue;
                }
                EntityType type = mapType(f[1]);
                if (type == null) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = Integer.MIN_VALUE;
                for (int i = 2; i < f.length; i++) {
                    int[] s = spans.get(f[i]);
                    if (s == null) {
                        throw new IllegalStateException(base + ".objects names unknown span " + f[i]);
                    }
                    start = Math.min(start, s[0]);
                    end = Math.max(end, s[1]);
                }
                mentions.add(new TypedSpan(start, end, type));
            }
        }
        List<TypedSpan> sorted = new ArrayList<>(mentions);
        sorted.sort(null);
        return new AnnotatedText(base, text, List.copyOf(sorted));
    }

    static EntityType mapType(String factRuEvalType) {
        return switch (factRuEvalType) {
            case "Person" -> EntityType.PERSON;
            case "Location", "LocOrg" -> EntityType.LOCATION;
            case "Org" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    private static String[] beforeComment(String line) {
        int hash = line.indexOf('#');
        String head = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return head.isEmpty() ? new String[0] : head.split("\\s+");
    }
}
