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
import java.util.List;
import java.util.stream.Stream;

/**
 * Readers of the entity training corpora, flattened to the project's three types (outermost mention wins where
 * annotations nest or overlap). NEREL 1.1 (brat standoff): PERSON → PERSON; COUNTRY, CITY, STATE_OR_PROVINCE,
 * DISTRICT, LOCATION → LOCATION; ORGANIZATION → ORGANIZATION; FACILITY and the rest are dropped. Collection5
 * (jsonl): PER → PERSON; LOC, GEOPOLIT → LOCATION; ORG, MEDIA → ORGANIZATION. Offsets are code points.
 */
public final class TrainingCorpora {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingCorpora() {
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
