package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.Quote;
import io.newsroom.events.RawArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * The one object every {@link EnrichmentStage} reads and adds to, in pipeline order (as a spaCy Doc or a
 * CoreNLP Annotation). Created per article, used by one thread.
 */
public final class ArticleDocument {

    private final RawArticle raw;
    private final String text;
    String title;
    String subtitle;
    String lead;
    String body;
    String language;
    final List<String> authors = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final List<String> dates = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    int wordCount;
    int readingTimeMinutes;
    String summary;

    ArticleDocument(RawArticle raw) {
        this.raw = raw;
        this.text = raw.text() != null ? raw.text() : "";
    }

    public RawArticle raw() {
        return raw;
    }

    /** The text all offsets point into. */
    public String text() {
        return text;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String language() {
        return language;
    }
}
