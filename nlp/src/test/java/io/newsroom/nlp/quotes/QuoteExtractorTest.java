package io.newsroom.nlp.quotes;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.events.EnrichedArticle.Quote;
import io.newsroom.events.EnrichedArticle.QuoteKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static List<Quote> quotes(String text) {
        List<Quote> out = EXTRACTOR.extract(text, List.of());
        for (Quote q : out) {
            int s = text.offsetByCodePoints(0, q.start());
            assertThat(q.text()).isEqualTo(text.substring(s, text.offsetByCodePoints(s, q.end() - q.start())));
        }
        return out;
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void guillemetsAfterAColonTakeTheSubjectBeforeTheVerb() {
        List<Quote> q = quotes("Мэр Сергей Орлов открыл мост. Орлов отметил: «Мост простоит сто лет».");
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speaker, Quote::cue, Quote::kind)
                .containsExactly(tuple("Мост простоит сто лет", "Сергей Орлов", "отметил", QuoteKind.DIRECT));
    }

    @Test
    void speakerAfterTheQuoteWithNestedMarks() {
        List<Quote> q = quotes("«Мы снова покажем „Чайку“ весной», – сказал режиссер Илья Котов.");
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speaker)
                .containsExactly(tuple("Мы снова покажем „Чайку“ весной", "Илья Котов"));
    }

    @Test
    void straightAndCurlyQuotesInEnglish() {
        assertThat(quotes("\"The dam is safe,\" engineer Paul Webb said.")).extracting(Quote::text, QuoteExtractorTest::speaker)
                .containsExactly(tuple("The dam is safe", "Paul Webb"));
        assertThat(quotes("Governor Ann Shaw told reporters: “We will not raise taxes.”"))
                .extracting(Quote::text, QuoteExtractorTest::speaker, Quote::cue)
                .containsExactly(tuple("We will not raise taxes.", "Ann Shaw", "told"));
    }

    @Test
    void dialogueDashesAndAnAuthorInsertSplitTheSpeech() {
        List<Quote> q = quotes("– Поезд придет вовремя, – сказал диспетчер Олег Зотов. – Пути уже расчистили.");
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speaker).containsExactly(
                tuple("Поезд придет вовремя", "Олег Зотов"), tuple("Пути уже расчистили.", "Олег Зотов"));

        q = quotes("«Цены вырастут, – предупредил экономист Антон Белых, – но не сильно».");
        assertThat(q).extracting(Quote::text, QuoteExtractorTest::speaker).containsExactly(
                tuple("Цены вырастут", "Антон Белых"), tuple("но не сильно", "Антон Белых"));
    }

    @Test
    void indirectSpeechAndAttributionPhrases() {
        assertThat(quotes("Министр Игорь Лавров заявил, что школы откроются в сентябре."))
                .extracting(Quote::text, QuoteExtractorTest::speaker, Quote::kind)
                .containsExactly(tuple("школы откроются в сентябре", "Игорь Лавров", QuoteKind.INDIRECT));
        assertThat(quotes("По словам Игоря Лаврова, ремонт школ закончится летом."))
                .extracting(Quote::text, QuoteExtractorTest::speaker, Quote::cue)
                .containsExactly(tuple("ремонт школ закончится летом", "Игорь Лавров", "По словам"));
        assertThat(quotes("According to Mayor Ruth Fisher, the park will reopen in June."))
                .extracting(Quote::text, QuoteExtractorTest::speaker, Quote::cue)
                .containsExactly(tuple("the park will reopen in June", "Ruth Fisher", "According to"));
    }

    @Test
    void pronounsAndRolesResolveToTheRecentSubjectNotTheAddressee() {
        List<Quote> q = quotes("Тренер Андрей Волков поблагодарил капитана Игоря Шилова. "
                + "«Вы сделали невозможное», – сказал он. «Спасибо за доверие», – ответил Шилов.");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("Андрей Волков", "Игорь Шилов");

        q = quotes("President Lena Ortiz met Prime Minister Tom Hale. \"We agree on the budget,\" the president said.");
        assertThat(q).extracting(QuoteExtractorTest::speaker).containsExactly("Lena Ortiz");
    }

    @Test
    void entitiesGiveCanonicalNamesAndIdsAndNationalitiesKeepLeadersApart() {
        String text = "Алиев встретился с Пашиняном. «Мир возможен», – заявил азербайджанский лидер. "
                + "Пашинян поблагодарил Алиева. «Мы готовы к диалогу», – отметил армянский премьер.";
        List<Entity> entities = List.of(entity(text, "E1", "Ильхам Алиев", "Алиев", "Алиева"),
                entity(text, "E2", "Никол Пашинян", "Пашиняном", "Пашинян"));
        List<Quote> q = EXTRACTOR.extract(text, entities);
        assertThat(q).extracting(x -> x.speaker().name(), x -> x.speaker().entityId())
                .containsExactly(tuple("Ильхам Алиев", "E1"), tuple("Никол Пашинян", "E2"));
    }

    @Test
    void namesInQuoteMarksAreNotQuotes() {
        assertThat(quotes("Об этом сообщает РИА «Новости». Акции «Газпрома» подешевели, а компания «Яндекс» "
                + "и партия «Единая Россия» промолчали. Газопровод «Южный поток» так и не построили.")).isEmpty();
        assertThat(quotes("Shares in \"Blue Harbor\" fell, the newspaper \"Morning Star\" reported.")).isEmpty();
    }

    @Test
    void noQuoteAndHostileInputGiveNothingAndNeverThrow() {
        assertThat(quotes("")).isEmpty();
        assertThat(quotes("Дождь шел весь день, и дороги затопило.")).isEmpty();
        assertThat(quotes("!!! ... ??? «» ,,, – – —")).isEmpty();
        assertThat(quotes("Он сказал: «Мы не сдадимся и будем бороться до конца")).isEmpty();
        assertThat(quotes("»»» «« « » \" “ „ ”")).allSatisfy(q -> assertThat(q.text()).isNotNull());
    }

    @Test
    void offsetsAreCodePointsEvenAfterCharactersOutsideTheBmp() {
        String text = "😀😀 Иван Петров 𝐁 сказал: «Всё 😀 хорошо».";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Всё 😀 хорошо");
        assertThat(q.get(0).start()).isEqualTo(text.codePointCount(0, text.indexOf("Всё")));
        assertThat(q.get(0).start()).isNotEqualTo(text.indexOf("Всё"));
    }

    @Test
    void aFiveMegabyteArticleCompletes() {
        StringBuilder sb = new StringBuilder();
        String paragraph = "Мэр Олег Серов открыл школу. «Школа примет тысячу детей», – сказал он. По словам Серова, "
                + "ремонт закончится летом. «Газпром» молчит, «» « \"\n";
        while (sb.length() < 5_000_000) {
            sb.append(paragraph);
        }
        List<Quote> q = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> EXTRACTOR.extract(sb.toString(), List.of()));
        assertThat(q).isNotEmpty();
        assertThat(q.get(0).speaker().name()).isEqualTo("Олег Серов");
    }

    private static Entity entity(String text, String id, String name, String... forms) {
        List<Mention> mentions = new ArrayList<>();
        for (String f : forms) {
            for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
                int end = at + f.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue;
                }
                int s = text.codePointCount(0, at);
                mentions.add(new Mention(s, s + f.codePointCount(0, f.length()), f));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Entity(id, EntityType.PERSON, name, mentions);
    }
}
