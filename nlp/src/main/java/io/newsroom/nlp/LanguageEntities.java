package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.nlp.ner.CodePoints;

import java.util.List;

/**
 * The entities of one language: its tokenizer, model and naming rules behind one call. {@link EntityStage} picks
 * the implementation by the article's detected language, so a new language is a new package with one of these,
 * registered in {@link EnrichmentPipeline#standard()}. Implementations are thread-safe.
 */
public interface LanguageEntities {

    /**
     * Entities are looked for in the first 200,000 characters (some 30,000 words, longer than any news story), in
     * every language, and so are quotes (their speakers are those entities) and cited sources: a pasted book or a
     * log dump still gets an answer in bounded time and memory, and its offsets stay valid.
     */
    int MAX_TAGGED_CHARS = 200_000;

    /** The part of {@code text} that entities, quotes and sources are looked for in. */
    static String taggedPart(String text) {
        return CodePoints.head(text, MAX_TAGGED_CHARS);
    }

    /** ISO 639-1 code of the language handled ("ru", "en"). */
    String language();

    /** The entities of a text, in order of first mention, ids E1, E2, ..., mentions with code-point offsets. */
    List<Entity> entities(String text);

    /** Changes whenever the model or the rules change; part of the enricher's version. */
    String version();
}
