package io.newsroom.nlp;

import io.newsroom.nlp.metadata.ArticleLayout;
import io.newsroom.nlp.metadata.DateFinder;
import io.newsroom.nlp.metadata.KeywordExtractor;
import io.newsroom.nlp.metadata.SourceFinder;
import io.newsroom.nlp.metadata.Summarizer;
import io.newsroom.nlp.ner.RussianMorphology;
import io.newsroom.nlp.ner.RussianTokenizer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Adds newsroom metadata: subtitle, bylines' authors and lead (from the head of a text/plain article; the title
 * stays the structure stage's), the agencies and outlets cited, the dates mentioned (ISO-8601), keywords and a
 * short extractive summary. Runs after the structure, language and entity stages. Every part is linear in the
 * text or reads a bounded prefix of it (sources: the part entities are looked for in).
 */
public final class MetadataStage implements EnrichmentStage {

    private final RussianTokenizer tokenizer = new RussianTokenizer();
    private final SourceFinder sources = new SourceFinder();
    private final DateFinder dates = new DateFinder();
    private final KeywordExtractor keywords = new KeywordExtractor(RussianMorphology.shared());
    private final Summarizer summarizer = new Summarizer();

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void apply(ArticleDocument doc) {
        String text = doc.text();
        ArticleLayout layout = ArticleLayout.of(text);
        doc.subtitle = layout.subtitle();
        doc.lead = layout.lead();
        doc.authors.addAll(layout.authors()); // none found: the pipeline falls back to the sender's authors
        // cited agencies where entities and quotes are looked for: a token list of a whole pasted book (2 MB of
        // English text, half a million tokens) would not fit enrich-service's heap
        doc.sources.addAll(sources.find(tokenizer.tokenize(LanguageEntities.taggedPart(text))));
        Instant published = doc.raw().publishedAt();
        Instant reference = published != null ? published : doc.raw().receivedAt();
        doc.dates.addAll(dates.find(text, reference == null ? null : reference.atZone(ZoneOffset.UTC).getYear(),
                published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC)));
        StringBuilder content = new StringBuilder();
        if (doc.subtitle != null) {
            content.append(doc.subtitle).append('\n');
        }
        for (String p : layout.bodyParagraphs()) {
            content.append(p).append('\n');
        }
        String body = content.isEmpty() && doc.body != null ? doc.body : content.toString();
        doc.keywords.addAll(keywords.keywords(doc.title, body, doc.entities));
        doc.summary = summarizer.summarize(doc.lead != null ? doc.lead : firstParagraph(doc.body));
    }

    private static String firstParagraph(String body) {
        if (body == null) {
            return null;
        }
        String b = body.strip();
        int nl = b.indexOf('\n');
        return nl < 0 ? b : b.substring(0, nl);
    }
}
