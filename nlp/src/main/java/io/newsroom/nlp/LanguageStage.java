package io.newsroom.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;

/**
 * The article's language as an ISO 639-1 code ("ru", "en", ...), or "und" when the text is too short or
 * mixed to tell. Lingua (n-gram models, pure JVM, no network) is limited to the languages a newsroom here
 * receives, which keeps its models small and its answers sharper. A sender's language hint is not trusted over the text.
 */
public final class LanguageStage implements EnrichmentStage {

    public static final String UNDETERMINED = "und";
    /**
     * Enough text for a stable answer on news prose (about 60 words); detection cost grows with length and was
     * a fifth of the enrichment time at 1000 characters, while the answer stops improving long before.
     */
    private static final int SAMPLE_CHARS = 400;

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.BELARUSIAN,
                    Language.GERMAN, Language.FRENCH, Language.SPANISH)
            .withPreloadedLanguageModels()
            // Trigram models only: reliable above ~120 characters (articles are far longer), several times
            // faster and a fraction of the memory of the high-accuracy models.
            .withLowAccuracyMode()
            .build();

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(ArticleDocument doc) {
        doc.language = detect(doc.text());
    }

    /**
     * Cyrillic text with letters only Russian has among the detector's Cyrillic languages (ы, э, ъ, ё: Ukrainian
     * has none of them) and none that Ukrainian or Belarusian always use (і, ї, є, ґ, ў; a Belarusian text of a
     * few sentences has "і" or "ў"). Lingua's answer on such text is Russian too, but costs a tenth of a Russian
     * article's enrichment (a JFR profile); other text goes to Lingua.
     */
    static boolean isPlainlyRussian(String sample) {
        int cyrillic = 0;
        int otherLetters = 0;
        boolean russianOnly = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (c < '\u0400' || c > '\u04ff') {
                otherLetters++;
                continue;
            }
            cyrillic++;
            switch (Character.toLowerCase(c)) {
                case 'ы', 'э', 'ъ', 'ё' -> russianOnly = true;
                case 'і', 'ї', 'є', 'ґ', 'ў' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return russianOnly && cyrillic >= 20 && cyrillic >= 9 * otherLetters;
    }

    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        if (isPlainlyRussian(sample)) {
            return "ru";
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? UNDETERMINED
                : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
