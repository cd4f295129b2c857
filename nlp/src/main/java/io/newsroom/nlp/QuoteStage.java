package io.newsroom.nlp;

import io.newsroom.nlp.quotes.QuoteExtractor;

/**
 * Adds direct and indirect quotes with their speakers (see {@link QuoteExtractor}). Runs after the entity stage
 * when there is one, to attribute quotes to entities; without entities, speakers are the names as written.
 */
public final class QuoteStage implements EnrichmentStage {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public void apply(ArticleDocument doc) {
        // Where the entities are looked for, and no further: speakers are those entities, and the tokens of a
        // whole pasted book (1 MB of text) made most of enrich-service's heap at its peak.
        doc.quotes.addAll(extractor.extract(LanguageEntities.taggedPart(doc.text()), doc.entities));
    }
}
