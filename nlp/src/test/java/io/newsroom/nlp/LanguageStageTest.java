package io.newsroom.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageStageTest {

    private final LanguageStage stage = new LanguageStage();

    private static final String RUSSIAN = "Правительство утвердило новые правила выдачи субсидий "
            + "малому бизнесу в регионах, сообщил в четверг министр экономического развития.";
    private static final String UKRAINIAN = "Уряд затвердив нові правила надання субсидій малому бізнесу "
            + "в регіонах, повідомив у четвер міністр економічного розвитку.";
    private static final String BELARUSIAN = "Урад зацвердзіў новыя правілы выдачы субсідый малому бізнесу "
            + "ў рэгіёнах, паведаміў у чацвер міністр эканамічнага развіцця.";

    @Test
    void russianIsAnsweredWithoutTheDetectorAndAsTheDetectorWould() {
        assertThat(LanguageStage.isPlainlyRussian(RUSSIAN)).isTrue();
        assertThat(stage.detect(RUSSIAN)).isEqualTo("ru");
    }

    @Test
    void ukrainianAndBelarusianGoToTheDetector() {
        assertThat(LanguageStage.isPlainlyRussian(UKRAINIAN)).isFalse();
        assertThat(LanguageStage.isPlainlyRussian(BELARUSIAN)).isFalse();
        assertThat(stage.detect(UKRAINIAN)).isEqualTo("uk");
        assertThat(stage.detect(BELARUSIAN)).isEqualTo("be");
    }

    @Test
    void mostlyLatinTextWithARussianNameGoesToTheDetector() {
        String english = "The minister, Ilya Kovalyov (Илья Ковалёв in Russian), said the rules apply from March "
                + "to every region of the country and to every small business that asks for them.";
        assertThat(LanguageStage.isPlainlyRussian(english)).isFalse();
        assertThat(stage.detect(english)).isEqualTo("en");
    }

    @Test
    void tooLittleCyrillicTextIsLeftToTheDetector() {
        assertThat(LanguageStage.isPlainlyRussian("Вы здесь")).isFalse();
        assertThat(stage.detect("...")).isEqualTo(LanguageStage.UNDETERMINED);
    }
}
