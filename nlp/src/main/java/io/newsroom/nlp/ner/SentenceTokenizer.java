package io.newsroom.nlp.ner;

import java.util.List;

/** A language's tokenizer: tokens with code-point offsets, and sentences as token index ranges [from, to). */
public interface SentenceTokenizer {

    List<Token> tokenize(String text);

    List<int[]> sentences(String text, List<Token> tokens);
}
