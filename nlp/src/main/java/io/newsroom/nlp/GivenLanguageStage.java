package io.newsroom.nlp;

/**
 * Sets the article's language to a known one instead of detecting it: for evaluation corpora of one language,
 * whose short documents (a headline, a results table) detection could not tell apart.
 */
public final class GivenLanguageStage implements EnrichmentStage {

    private final String language;

    public GivenLanguageStage(String language) {
        this.language = language;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(ArticleDocument doc) {
        doc.language = language;
    }
}
