package io.newsroom.nlp.ner;

import java.util.List;

/** Finds entity mentions in a text, in text order, with code-point offsets. Implementations are thread-safe. */
@FunctionalInterface
public interface MentionFinder {

    List<TypedSpan> find(String text);
}
