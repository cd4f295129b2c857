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
        doc.quotes.addAll(extractor.extract(doc.text(), doc.entities));
    }
}
