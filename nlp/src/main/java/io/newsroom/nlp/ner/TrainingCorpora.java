package io.newsroom.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.events.EnrichedArticle.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Readers of the entity training corpora, flattened to the project's three types (outermost mention wins where
 * annotations nest or overlap). NEREL 1.1 (brat standoff): PERSON → PERSON; COUNTRY, CITY, STATE_OR_PROVINCE,
 * DISTRICT, LOCATION → LOCATION; ORGANIZATION → ORGANIZATION; FACILITY and the rest are dropped. Collection5
 * (jsonl): PER → PERSON; LOC, GEOPOLIT → LOCATION; ORG, MEDIA → ORGANIZATION. Offsets are code points.
 * {@link #readNerelAndCollection5} brings Collection5's types in line with NEREL's where the two disagree.
 */
public final class TrainingCorpora {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingCorpora() {
    }

    /**
     * NEREL and Collection5 under a data root ({@code nerel-1.1/}, {@code collection5/collection5.jsonl}), NEREL
     * first, Collection5 {@linkplain #harmonise harmonised} with it.
     */
    public static List<AnnotatedText> readNerelAndCollection5(Path root) {
        List<AnnotatedText> nerel = readNerel(root.resolve("nerel-1.1"));
        List<AnnotatedText> docs = new ArrayList<>(nerel);
        docs.addAll(harmonise(nerel, readCollection5(root.resolve("collection5/collection5.jsonl"))));
        return docs;
    }

    /**
     * {@code other}'s mentions retyped where {@code reference} writes the same words with another type in at least
     * 90% of at least three mentions. Collection5 makes the EU and the Kremlin geopolitical entities (places here),
     * NEREL organisations, as factRuEval does ("ЕС", "Евросоюза", "Кремля"): one corpus teaching the model each
     * way only blurs both.
     */
    static List<AnnotatedText> harmonise(List<AnnotatedText> reference, List<AnnotatedText> other) {
        Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
        for (AnnotatedText doc : reference) {
            for (TypedSpan m : doc.mentions()) {
                counts.computeIfAbsent(doc.slice(m), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> settled = new HashMap<>();
        counts.forEach((words, byType) -> {
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            byType.forEach((type, n) -> {
                if (total >= 3 && n >= 0.9 * total) {
                    settled.put(words, type);
                }
            });
        });
        List<AnnotatedText> out = new ArrayList<>(other.size());
        for (AnnotatedText doc : other) {
            List<TypedSpan> mentions = new ArrayList<>(doc.mentions().size());
            for (TypedSpan m : doc.mentions()) {
                EntityType type = settled.getOrDefault(doc.slice(m), m.type());
                mentions.add(type == m.type() ? m : new TypedSpan(m.start(), m.end(), type));
            }
            out.add(new AnnotatedText(doc.id(), doc.text(), List.copyOf(mentions)));
        }
        return out;
    }

    /** All {@code *.ann} documents under {@code folder} (recursively: NEREL's train/dev/test folders). */
    public static List<AnnotatedText> readNerel(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<AnnotatedText> docs = new ArrayList<>();
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString();
                Path txt = ann.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<TypedSpan> spans = new ArrayList<>();
                for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("T")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length < 2) {
                        continue;
                    }
                    String[] typeAndRanges = cols[1].split(" ", 2);
                    EntityType type = nerelType(typeAndRanges[0]);
                    if (type == null) {
                        continue;
                    }
                    int start = Integer.MAX_VALUE;
                    int end = Integer.MIN_VALUE;
                    for (String range : typeAndRanges[1].split(";")) {
                        String[] se = range.trim().split(" ");
                        start = Math.min(start, Integer.parseInt(se[0]));
                        end = Math.max(end, Integer.parseInt(se[1]));
                    }
                    spans.add(new TypedSpan(start, end, type));
                }
                docs.add(new AnnotatedText(folder.relativize(ann).toString(), text, outermost(spans)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<AnnotatedText> readCollection5(Path jsonl) {
        return readJsonl(jsonl, "collection5/", TrainingCorpora::collection5Type).stream()
                .map(d -> new AnnotatedText(d.id(), d.text(), outermost(d.mentions()))).toList();
    }

    /**
     * A JSONL corpus, one document a line: {@code {"id", "text", "spans": [{"start", "end", "type"}]}} with
     * code-point offsets; {@code typeOf} maps the corpus's type names (null drops a span). Spans come sorted.
     */
    public static List<AnnotatedText> readJsonl(Path jsonl, String idPrefix, java.util.function.Function<String, EntityType> typeOf) {
        List<AnnotatedText> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                List<TypedSpan> spans = new ArrayList<>();
                for (JsonNode s : doc.path("spans")) {
                    EntityType type = typeOf.apply(s.path("type").asText());
                    if (type != null) {
                        spans.add(new TypedSpan(s.path("start").asInt(), s.path("end").asInt(), type));
                    }
                }
                spans.sort(null);
                docs.add(new AnnotatedText(idPrefix + doc.path("id").asText(), doc.path("text").asText(), List.copyOf(spans)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static EntityType nerelType(String type) {
        return switch (type) {
            case "PERSON" -> EntityType.PERSON;
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION" -> EntityType.LOCATION;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    static EntityType collection5Type(String type) {
        return switch (type) {
            case "PER" -> EntityType.PERSON;
            case "LOC", "GEOPOLIT" -> EntityType.LOCATION;
            case "ORG", "MEDIA" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    /** Keeps the longest of overlapping mentions (nested ones give way to the one containing them). */
    static List<TypedSpan> outermost(List<TypedSpan> spans) {
        List<TypedSpan> bySize = new ArrayList<>(spans);
        bySize.sort(Comparator.comparingInt((TypedSpan s) -> s.start() - s.end()).thenComparing(s -> s));
        List<TypedSpan> kept = new ArrayList<>();
        for (TypedSpan s : bySize) {
            if (kept.stream().noneMatch(k -> k.overlaps(s))) {
                kept.add(s);
            }
        }
        kept.sort(null);
        return List.copyOf(kept);
    }
}
