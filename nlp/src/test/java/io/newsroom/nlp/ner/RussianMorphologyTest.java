package io.newsroom.nlp.ner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RussianMorphologyTest {

    @Test
    void readsCasesAndLemmasOfAName() {
        RussianMorphology.Analysis a = new RussianMorphology().analyze("Вологде");
        assertThat(a.readings()).extracting(RussianMorphology.Reading::lemma).contains("вологда");
        assertThat(a.features()).contains("m=l:вологда", "m=c:P");
    }

    @Test
    void theCacheStaysBoundedOnAnEndlessVocabularyAndKeepsTheWordsInUse() {
        RussianMorphology morphology = new RussianMorphology();
        RussianMorphology.Analysis frequent = morphology.analyze("Москва");
        for (int i = 0; i < 3 * RussianMorphology.GENERATION; i++) {
            morphology.analyze("слово" + i);
            if (i % 1000 == 0) {
                assertThat(morphology.analyze("Москва")).as("after %d new words", i).isSameAs(frequent);
            }
        }
        assertThat(morphology.cached()).isLessThanOrEqualTo(2 * RussianMorphology.GENERATION);
    }
}
