package io.newsroom.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RussianTokenizerTest {

    private final RussianTokenizer tokenizer = new RussianTokenizer();

    @Test
    void tokensCarryCodePointOffsetsAndKeepHyphenatedNames() {
        String text = "🙂 Мэр Ростова-на-Дону, М. Иванов.";
        List<Token> tokens = tokenizer.tokenize(text);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("🙂", "Мэр", "Ростова-на-Дону", ",", "М", ".", "Иванов", ".");
        Token city = tokens.get(2);
        assertThat(city.start()).isEqualTo(6);
        assertThat(CodePoints.slice(text, city.start(), city.end())).isEqualTo("Ростова-на-Дону");
    }

    @Test
    void sentencesBreakAtFinalPunctuationAndLinesButNotAfterInitials() {
        String text = "Приехал М. Иванов. Потом уехал!\nЗаголовок без точки\nЕщё";
        List<Token> tokens = tokenizer.tokenize(text);
        List<int[]> sentences = tokenizer.sentences(text, tokens);

        assertThat(sentences).hasSize(4);
        assertThat(tokens.get(sentences.get(1)[0]).text()).isEqualTo("Потом");
    }

    @Test
    void textWithoutStopsOrLineBreaksIsCutIntoBoundedSentences() {
        String text = "«а» ".repeat(1_000);
        List<Token> tokens = tokenizer.tokenize(text);
        List<int[]> sentences = tokenizer.sentences(text, tokens);
        assertThat(tokens).hasSize(3_000);
        assertThat(sentences).hasSize(3);
        assertThat(sentences).allSatisfy(s -> assertThat(s[1] - s[0]).isEqualTo(SentenceTokenizer.MAX_SENTENCE_TOKENS));
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(sentences.get(i)[0]).isEqualTo(sentences.get(i - 1)[1]);
        }
    }

    @Test
    void webNamesOfMediaAreOneTokenButAbbreviationsAndTimesAreNot() {
        String text = "Как пишет Lenta.ru, а также Gazeta.Ru и m.news.com: в 10.30 т.е. утром.Потом";
        assertThat(tokenizer.tokenize(text)).extracting(Token::text).containsExactly("Как", "пишет", "Lenta.ru", ",",
                "а", "также", "Gazeta.Ru", "и", "m.news.com", ":", "в", "10", ".", "30", "т", ".", "е", ".", "утром",
                ".", "Потом");
    }
}
