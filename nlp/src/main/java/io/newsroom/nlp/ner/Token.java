package io.newsroom.nlp.ner;

/** A token with code-point offsets into the text, end exclusive. */
public record Token(String text, int start, int end) {
}
