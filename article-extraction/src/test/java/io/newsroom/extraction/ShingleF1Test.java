package io.newsroom.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleF1Test {

    @Test
    void identicalTextsScoreOneWhateverThePunctuationAndCase() {
        ShingleF1.Score score = ShingleF1.score("The ferry, the pier — and the council!", "the ferry the pier and THE council");

        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionAndMissingTextLowersRecall() {
        String gold = "one two three four five six";
        ShingleF1.Score extra = ShingleF1.score(gold + " seven eight", gold);
        ShingleF1.Score missing = ShingleF1.score("one two three four five", gold);

        // 5 shingles extracted, 3 of them gold: precision 3/5, recall 3/3.
        assertThat(extra.precision()).isCloseTo(0.6, within(1e-9));
        assertThat(extra.recall()).isEqualTo(1.0);
        // 2 shingles extracted, both gold; 3 gold shingles: recall 2/3.
        assertThat(missing.precision()).isEqualTo(1.0);
        assertThat(missing.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(missing.f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void repeatedTextCountsAsAMultiset() {
        String gold = "alpha beta gamma delta";
        ShingleF1.Score doubled = ShingleF1.score(gold + " " + gold, gold);

        assertThat(doubled.recall()).isEqualTo(1.0);
        assertThat(doubled.precision()).isLessThan(0.5);
    }

    @Test
    void emptyTexts() {
        assertThat(ShingleF1.score("", "").f1()).isEqualTo(1.0);
        assertThat(ShingleF1.score("", "some gold text here").f1()).isZero();
        assertThat(ShingleF1.score("some text", "").f1()).isZero();
    }

    @Test
    void wordsAreUnicodeLetterAndDigitRuns() {
        assertThat(ShingleF1.words("Ёж, «пере-нос» 2026 г.")).containsExactly("ёж", "пере", "нос", "2026", "г");
    }
}
