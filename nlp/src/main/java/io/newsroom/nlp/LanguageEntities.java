package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle.Entity;

import java.util.List;

/**
 * The entities of one language: its tokenizer, model and naming rules behind one call. {@link EntityStage} picks
 * the implementation by the article's detected language, so a new language is a new package with one of these,
 * registered in {@link EnrichmentPipeline#standard()}. Implementations are thread-safe.
 */
public interface LanguageEntities {

    /** ISO 639-1 code of the language handled ("ru", "en"). */
    String language();

    /** The entities of a text, in order of first mention, ids E1, E2, ..., mentions with code-point offsets. */
    List<Entity> entities(String text);

    /** Changes whenever the model or the rules change; part of the enricher's version. */
    String version();
}
