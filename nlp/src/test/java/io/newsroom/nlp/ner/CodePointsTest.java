package io.newsroom.nlp.ner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodePointsTest {

    @Test
    void theHeadOfATextNeverSplitsASurrogatePair() {
        assertThat(CodePoints.head("Путин", 10)).isEqualTo("Путин");
        assertThat(CodePoints.head("Путин", 3)).isEqualTo("Пут");
        assertThat(CodePoints.head("ab😀cd", 3)).isEqualTo("ab😀");
        assertThat(CodePoints.head("ab😀cd", 2)).isEqualTo("ab");
    }

    @Test
    void theSlicerCutsByCodePointsAsSliceDoesWithAndWithoutCharactersOutsideTheBmp() {
        for (String text : new String[] {"Путин в Минске", "🇷🇺 Путин 𝔸 в Минске 😀", ""}) {
            CodePoints.Slicer slicer = new CodePoints.Slicer(text);
            int length = text.codePointCount(0, text.length());
            for (int start = 0; start <= length; start++) {
                for (int end = start; end <= length; end++) {
                    assertThat(slicer.slice(start, end)).as("%s [%d, %d)", text, start, end)
                            .isEqualTo(CodePoints.slice(text, start, end));
                }
            }
        }
        assertThat(new CodePoints.Slicer("🇷🇺 Путин").slice(3, 8)).isEqualTo("Путин");
    }
}
