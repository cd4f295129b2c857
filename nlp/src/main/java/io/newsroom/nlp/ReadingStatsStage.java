package io.newsroom.nlp;

/** Word count and reading time (words at an average adult reading speed, rounded up, at least one minute). */
public final class ReadingStatsStage implements EnrichmentStage {

    /** Words per minute for news prose (Russian and English readers alike, roughly). */
    static final int WORDS_PER_MINUTE = 200;

    @Override
    public String name() {
        return "reading-stats";
    }

    @Override
    public void apply(ArticleDocument doc) {
        doc.wordCount = countWords(doc.text());
        doc.readingTimeMinutes = Math.max(1, (doc.wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (cp == '-' || cp == '\'' || cp == '’'));
            i += Character.charCount(cp);
        }
        return words;
    }
}
