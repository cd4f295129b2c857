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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a CoNLL-2003-style file (one token a line, the IOB tag in the last column, blank lines between
 * sentences, {@code -DOCSTART-} lines between documents) as annotated documents: tokens joined by spaces,
 * sentences by line breaks, mentions with code-point offsets. PER → PERSON, LOC → LOCATION, ORG → ORGANIZATION;
 * MISC and other types are ignored. Both IOB1 (I- starts a mention, B- only between two adjacent ones) and
 * IOB2 (B- starts every mention) are read. A file with no {@code -DOCSTART-} is cut into documents of
 * {@value #SENTENCES_PER_DOCUMENT} sentences.
 */
public final class ConllCorpus {

    static final int SENTENCES_PER_DOCUMENT = 50;
    private static final Pattern TAG = Pattern.compile("O|[BIES]-[A-Za-z]+");

    private ConllCorpus() {
    }

    /** True when the file's first token lines look like CoNLL (several columns, an IOB tag last). */
    public static boolean looksLikeConll(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> first = lines.filter(l -> !l.isBlank()).limit(20).toList();
            return !first.isEmpty() && first.stream().allMatch(l -> l.startsWith("-DOCSTART-") || isTokenLine(l));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static boolean isTokenLine(String line) {
        String[] cols = line.strip().split("\\s+");
        return cols.length >= 2 && TAG.matcher(cols[cols.length - 1]).matches();
    }

    public static List<AnnotatedText> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AnnotatedText> parse(List<String> lines, String name) {
        boolean hasDocStart = lines.stream().anyMatch(l -> l.startsWith("-DOCSTART-"));
        List<AnnotatedText> docs = new ArrayList<>();
        Builder doc = new Builder();
        int sentences = 0;
        for (String line : lines) {
            if (line.startsWith("-DOCSTART-")) {
                doc.flush(docs, name);
                doc = new Builder();
                continue;
            }
            if (line.isBlank()) {
                if (doc.endSentence()) {
                    sentences++;
                    if (!hasDocStart && sentences % SENTENCES_PER_DOCUMENT == 0) {
                        doc.flush(docs, name);
                        doc = new Builder();
                    }
                }
                continue;
            }
            String[] cols = line.strip().split("\\s+");
            doc.token(cols[0], cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        doc.flush(docs, name);
        return docs;
    }

    /** One document being read: its text so far (code points counted) and its mentions. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<TypedSpan> mentions = new ArrayList<>();
        private int length;
        private boolean sentenceOpen;
        private String openType;
        private int openStart;
        private int openEnd;

        void token(String token, String tag) {
            if (length > 0) {
                text.append(sentenceOpen ? ' ' : '\n');
                length++;
            }
            int start = length;
            text.append(token);
            length += token.codePointCount(0, token.length());
            sentenceOpen = true;
            String type = tag.length() > 2 ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || tag.startsWith("S-") || type != null && !type.equals(openType);
            if (type == null || begins) {
                close();
            }
            if (type != null) {
                if (openType == null) {
                    openType = type;
                    openStart = start;
                }
                openEnd = length;
                if (tag.startsWith("E-") || tag.startsWith("S-")) {
                    close();
                }
            }
        }

        boolean endSentence() {
            close();
            boolean was = sentenceOpen;
            sentenceOpen = false;
            return was;
        }

        private void close() {
            if (openType != null) {
                EntityType t = switch (openType) {
                    case "PER", "PERSON" -> EntityType.PERSON;
                    case "LOC", "LOCATION" -> EntityType.LOCATION;
                    case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
                    default -> null;
                };
                if (t != null) {
                    mentions.add(new TypedSpan(openStart, openEnd, t));
                }
                openType = null;
            }
        }

        void flush(List<AnnotatedText> docs, String name) {
            close();
            if (length > 0) {
                docs.add(new AnnotatedText(name + "#" + (docs.size() + 1), text.toString(), List.copyOf(mentions)));
            }
        }
    }
}
