package io.newsroom.nlp.en;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dictionary lexicon: how {@link WordList} classes words, and that the compact table gives every class back. */
class EnglishLexiconTest {

    @Test
    void wordListClassesWordsByHowTheDictionaryWritesThem() {
        Map<String, String> classes = WordList.classes(List.of("get", "win", "wins", "Clinton", "Clinton's", "Bush",
                "bush", "U.S.", "  Toronto  ", "", "3rd"));
        assertThat(classes).containsOnly(Map.entry("get", "c"), Map.entry("win", "c"), Map.entry("wins", "c"),
                Map.entry("clinton", "p"), Map.entry("bush", "cp"), Map.entry("us", "p"), Map.entry("toronto", "p"));
    }

    @Test
    void compactTableGivesBackEveryWordsClassAndNothingForOthers() {
        Map<String, String> classes = new HashMap<>();
        String[] kinds = {"c", "p", "cp"};
        for (int i = 0; i < 50_000; i++) {
            classes.put("w" + Integer.toString(i, 36), kinds[i % 3]);
        }
        EnglishLexicon lexicon = EnglishLexicon.of(classes);
        classes.forEach((word, c) -> assertThat(lexicon.classOf(word)).as(word).isEqualTo(c));
        for (int i = 0; i < 50_000; i++) {
            assertThat(lexicon.classOf("x" + Integer.toString(i, 36))).isNull();
        }
        assertThat(EnglishLexicon.of(Map.of()).classOf("anything")).isNull();
    }

    @Test
    void builderCountsAWordOnceAndKeepsItsLastClass() {
        EnglishLexicon.Builder builder = new EnglishLexicon.Builder().add("may", "c").add("may", "cp").add("win", "c");
        assertThat(builder.size()).isEqualTo(2);
        assertThat(builder.build().classOf("may")).isEqualTo("cp");
    }

    @Test
    void shippedLexiconTellsHeadlineWordsFromNamesInAnyCase() {
        EnglishGazetteer gazetteer = EnglishGazetteer.loadDefault();
        assertThat(gazetteer.wordClass("WIN")).isEqualTo("c");
        assertThat(gazetteer.wordClass("BEAT")).isEqualTo("c");
        assertThat(gazetteer.wordClass("TORONTO")).isEqualTo("p");
        assertThat(gazetteer.wordClass("Clinton")).isEqualTo("p");
        assertThat(gazetteer.wordClass("MAY")).isEqualTo("cp");
        assertThat(gazetteer.wordClass("Okafor")).isNull();
    }
}
