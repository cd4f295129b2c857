package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.ner.CodePoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standard pipeline with the shipped entity model on Russian news: the project's own fixture article with
 * one of each trap (inflection, initials, patronymics, double surnames, abbreviations, names in quote marks,
 * places inside organisations, bylines), and the shared sample when it is beside the project.
 */
class RussianEntitiesTest {

    private static EnrichmentPipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = EnrichmentPipeline.standard();
    }

    /** Straight to the pipeline, as a record on articles.raw would arrive (no ingest checks in between). */
    static EnrichedArticle enrich(String text) {
        return pipeline.enrich(new RawArticle(RawArticle.SCHEMA_VERSION, "00000000-0000-0000-0000-0000000000e1", "r1",
                Instant.EPOCH, "text/plain", null, null, text, null, null, null, null, null, null, null, null));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = RussianEntitiesTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Entity entity(EnrichedArticle article, EntityType type, String name) {
        Optional<Entity> found = article.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
        assertThat(found).as("%s %s among %s", type, name, article.entities().stream().map(e -> e.type() + " " + e.name()).toList())
                .isPresent();
        return found.get();
    }

    static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    /** Every mention's text is its code-point slice of the article text. */
    static void assertOffsetsSliceTheText(EnrichedArticle article) {
        for (Entity e : article.entities()) {
            assertThat(e.id()).isNotBlank();
            for (Mention m : e.mentions()) {
                assertThat(CodePoints.slice(article.text(), m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(article.entities().stream().map(Entity::id).distinct()).hasSize(article.entities().size());
    }

    @Test
    void fixtureArticleTrapsAreNamedInTheNominativeAndGrouped() throws IOException {
        EnrichedArticle out = enrich(fixture("ru-traps.txt"));
        assertOffsetsSliceTheText(out);

        // any case, short and full forms of one person under one entity, named with the first name the text gives
        assertThat(mentionTexts(entity(out, EntityType.PERSON, "Михаил Мишустин")))
                .containsExactly("Мишустин", "Михаил Мишустин", "Мишустин", "Мишустину");
        assertThat(mentionTexts(entity(out, EntityType.PERSON, "Алексей Миллер"))).containsExactly("Алексеем Миллером");
        entity(out, EntityType.PERSON, "Ольга Смирнова-Вайс"); // double surname, from the byline
        entity(out, EntityType.PERSON, "Мария Петрова"); // patronymic dropped from the name
        assertThat(mentionTexts(entity(out, EntityType.PERSON, "Путин"))).containsExactly("В. В. Путин"); // initials
        // organisations in quote marks, agencies and abbreviations
        assertThat(mentionTexts(entity(out, EntityType.ORGANIZATION, "Газпром"))).containsExactly("Газпрома", "Газпрома");
        entity(out, EntityType.ORGANIZATION, "ТАСС");
        entity(out, EntityType.ORGANIZATION, "РИА «Новости»");
        entity(out, EntityType.ORGANIZATION, "Минэнерго");
        entity(out, EntityType.ORGANIZATION, "ЕАЭС");
        entity(out, EntityType.ORGANIZATION, "ОДКБ");
        // an organisation named after its place contains the place, and both are reported
        Entity mayor = entity(out, EntityType.ORGANIZATION, "Мэрия Москвы");
        Entity moscow = entity(out, EntityType.LOCATION, "Москва");
        Mention mayorMention = mayor.mentions().get(0);
        assertThat(moscow.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Москвы");
            assertThat(m.start()).isGreaterThanOrEqualTo(mayorMention.start());
            assertThat(m.end()).isLessThanOrEqualTo(mayorMention.end());
        });
        assertThat(mentionTexts(entity(out, EntityType.LOCATION, "Казахстан"))).hasSize(2);
        entity(out, EntityType.LOCATION, "Киргизия");
        entity(out, EntityType.LOCATION, "Казань");
        // capitalised words that are not names
        assertThat(out.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("Текст")
                || m.text().equals("Председатель") || m.text().equals("Стороны")));
    }

    @Test
    void bodiesNamedByAPlaceAdjectiveMadeThingsWebNamesAndAdjectiveNames() {
        EnrichedArticle out = enrich("Японское правительство выразило протест. Заявление поддержала российская "
                + "сборная по хоккею.\nКорабль «Союз ТМА-9» стартовал с Байконура. Экипаж «Союза» состоит из трёх "
                + "человек.\nТокио претендует на острова, которые в России называют Южными Курилами.\n"
                + "Об этом сообщает Lenta.ru, а лидер партии Марин Ле Пен промолчала. Ле Пен уехала в Лион.");
        assertOffsetsSliceTheText(out);
        assertThat(mentionTexts(entity(out, EntityType.ORGANIZATION, "Японское правительство")))
                .containsExactly("Японское правительство");
        assertThat(out.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList())
                .anyMatch(n -> n.startsWith("российск") && n.contains("сборн"))
                .contains("Lenta.ru")
                .noneMatch(n -> n.startsWith("Союз")); // a spaceship is no organisation
        // an adjective and its noun are one place (named as written: adjective agreement needs more than lemmas)
        assertThat(out.entities()).filteredOn(e -> e.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions).extracting(Mention::text).contains("Южными Курилами")
                .doesNotContain("Южными", "Курилами");
        assertThat(mentionTexts(entity(out, EntityType.PERSON, "Марин Ле Пен"))).containsExactly("Марин Ле Пен", "Ле Пен");
    }

    @Test
    void organisationsTakeInTheirLowerCaseComplements() {
        // the model alone stops after the head noun in all four
        EnrichedArticle out = enrich("Протест поддержал Совет ветеранов войны.\nДоклад выпустил Фонд защиты гласности.\n"
                + "Задержание провело Управление по борьбе с наркотиками.\nЖалобу направили в Комиссию по делам "
                + "несовершеннолетних.");
        assertThat(out.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .flatExtracting(Entity::mentions).extracting(Mention::text)
                .contains("Совет ветеранов войны", "Фонд защиты гласности", "Управление по борьбе с наркотиками",
                        "Комиссию по делам несовершеннолетних");
    }

    @Test
    void placesWhoseFormsReadAmbiguouslyGetTheirOwnNameAndOneEntity() {
        // the dictionary's first reading of "Самаре" and "Самару" is the masculine "самар", of "Иванове" the surname
        EnrichedArticle out = enrich("Губернатор прибыл в Самару. В Самаре прошла встреча, о которой сообщили власти "
                + "Самары. Затем он уехал в Иваново, а в Иванове его встретил мэр. Делегация побывала в Вене и Орле.");
        assertThat(mentionTexts(entity(out, EntityType.LOCATION, "Самара")))
                .containsExactlyInAnyOrder("Самару", "Самаре", "Самары");
        assertThat(mentionTexts(entity(out, EntityType.LOCATION, "Иваново"))).containsExactlyInAnyOrder("Иваново", "Иванове");
        entity(out, EntityType.LOCATION, "Вена");
        entity(out, EntityType.LOCATION, "Орёл");
    }

    @Test
    void aNameInQuoteMarksAfterAnOrganisationWordIsThatOrganisation() {
        // the model alone finds none of the first two and stops the last before its name
        EnrichedArticle out = enrich("Акцию поддержали движение «За чистый город» и институт «Открытое действие». "
                + "Анна Левченко рассказала о работе компании «Северный завод». Концерт прошёл на сцене московского "
                + "клуба «16 вольт».");
        assertOffsetsSliceTheText(out);
        assertThat(out.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .flatExtracting(Entity::mentions).extracting(Mention::text)
                .containsExactly("движение «За чистый город", "институт «Открытое действие", "компании «Северный завод",
                        "московского клуба «16 вольт");
        entity(out, EntityType.ORGANIZATION, "движение «За чистый город»");
        assertThat(out.entities()).as("an adjective in a name is no place").noneMatch(e -> e.type() == EntityType.LOCATION);
    }

    @Test
    void aCapitalisedAdjectiveBeforeTheNounOfABodyNamesIt() {
        // the model alone misses "Арабской лиги"
        EnrichedArticle out = enrich("Премьера прошла в Большом театре. Заявление осудили члены Арабской лиги. "
                + "Правозащитные организации выступили против.");
        assertThat(out.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .flatExtracting(Entity::mentions).extracting(Mention::text)
                .containsExactly("Большом театре", "Арабской лиги"); // a plural is no one body's name
    }

    @Test
    void aBodyNamedAfterTheWordForAWorkOwnsTheWorkAndStaysAnOrganisation() {
        // "балет" is a made thing ("балет «Лебединое озеро»"), but "балета Большого театра" is the theatre's ballet
        EnrichedArticle out = enrich("Художественный руководитель балета Большого театра Алексей Ратманский ушёл. "
                + "Пребывание на посту худрука балета Большого театра было напряжённым.");
        assertThat(mentionTexts(entity(out, EntityType.ORGANIZATION, "Большой театр")))
                .containsExactly("Большого театра", "Большого театра");
    }

    @Test
    void phrasesOfAdjectivesAndANounAreNamedInTheNominative() {
        EnrichedArticle out = enrich("Встреча прошла в Нижнем Новгороде. Депутаты Государственной думы пришли на "
                + "премьеру, а члены Арабской лиги побывали за кулисами вместе с Большим театром.");
        entity(out, EntityType.LOCATION, "Нижний Новгород");
        entity(out, EntityType.ORGANIZATION, "Государственная дума");
        entity(out, EntityType.ORGANIZATION, "Арабская лига");
        entity(out, EntityType.ORGANIZATION, "Большой театр"); // "большой", not the comparative "больший"
        // an adjective the dictionary does not know, by its ending
        EnrichedArticle unknown = enrich("Президент выступил на заседании Всебелорусского народного собрания. Директор "
                + "Брукхейвенской национальной лаборатории Джон Смит сообщил о запуске.");
        entity(unknown, EntityType.ORGANIZATION, "Всебелорусское народное собрание");
        entity(unknown, EntityType.ORGANIZATION, "Брукхейвенская национальная лаборатория");
    }

    @Test
    void aNameListedWithAPlaceIsAPlace() {
        // the model alone takes "Бредфорд" for a person
        EnrichedArticle out = enrich("Беспорядки перекинулись на Лидс и Бредфорд.");
        entity(out, EntityType.LOCATION, "Лидс");
        entity(out, EntityType.LOCATION, "Бредфорд");
        assertThat(out.entities()).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void sharedSampleHasItsPeoplePlacesAndOrganisations() throws IOException {
        Path sample = Path.of("../../shared/samples/vzglyad-putin-lukashenko.txt");
        assumeTrue(Files.exists(sample), "skipped: the shared sample is not beside the project (../shared/samples)");
        String text = Files.readString(sample);
        EnrichedArticle out = enrich(text);
        assertOffsetsSliceTheText(out);

        Entity putin = entity(out, EntityType.PERSON, "Путин");
        assertThat(mentionTexts(putin)).contains("Путин", "Путина");
        assertThat(putin.mentions().get(0)).isEqualTo(new Mention(0, 5, "Путин"));
        assertThat(mentionTexts(entity(out, EntityType.PERSON, "Лукашенко"))).hasSizeGreaterThanOrEqualTo(7);
        Entity mishustin = entity(out, EntityType.PERSON, "Михаил Мишустин");
        int at = text.codePointCount(0, text.indexOf("Михаилом Мишустиным"));
        assertThat(mishustin.mentions()).containsExactly(new Mention(at, at + 19, "Михаилом Мишустиным"));
        entity(out, EntityType.PERSON, "Дарья Григоренко"); // from the "Tекст:" byline with a Latin T
        entity(out, EntityType.PERSON, "Андрей Белоусов");
        entity(out, EntityType.PERSON, "Виктор Хренин"); // a surname the dictionary does not know
        entity(out, EntityType.LOCATION, "Петербург");
        entity(out, EntityType.LOCATION, "Россия");
        entity(out, EntityType.LOCATION, "Белоруссия");
        entity(out, EntityType.LOCATION, "Москва");
        entity(out, EntityType.LOCATION, "Минск");
        entity(out, EntityType.ORGANIZATION, "ТАСС");
        entity(out, EntityType.ORGANIZATION, "РИА «Новости»");
        assertThat(mentionTexts(entity(out, EntityType.ORGANIZATION, "ЕАЭС"))).hasSize(2);
        entity(out, EntityType.ORGANIZATION, "ОДКБ");
        entity(out, EntityType.ORGANIZATION, "Минобороны");
        // "Российский лидер" is a person's title, not a place; the byline word is no name
        assertThat(out.entities()).noneMatch(e -> e.type() == EntityType.LOCATION && e.name().startsWith("Российск"));
        assertThat(out.entities()).noneMatch(e -> e.name().contains("екст"));

        // with the real entities, every direct quote's speaker is linked to its entity
        Entity lukashenko = entity(out, EntityType.PERSON, "Лукашенко");
        List<EnrichedArticle.Quote> direct = out.quotes().stream()
                .filter(q -> q.kind() == EnrichedArticle.QuoteKind.DIRECT).toList();
        assertThat(direct).extracting(q -> q.speaker().entityId())
                .containsExactly(putin.id(), putin.id(), putin.id(), lukashenko.id());
        assertThat(direct).noneMatch(q -> q.text().equals("Новости"));
    }

    @Test
    void hostileTextIsAnsweredWithValidOffsets() {
        String emoji = "😀🇷🇺 ";
        List<String> texts = List.of("", " \n\t ", "«»«««»»!!!???...—–-", "Путин «встретился с Лукашенко в Минске",
                emoji + "Президент России Владимир Путин прибыл в Минск. " + emoji + "Лукашенко встретил его.",
                "Mixed Латиница и Кириллица: Moscow Москва MOSCOW МОСКВА ООН UN",
                "\u0000\u0007\uFFFD\uD800 Путин \uDC00 Москва", "А".repeat(10_000));
        for (String text : texts) {
            EnrichedArticle out = enrich(text);
            assertOffsetsSliceTheText(out);
        }
        EnrichedArticle withEmoji = enrich(texts.get(4));
        Entity putin = entity(withEmoji, EntityType.PERSON, "Владимир Путин");
        assertThat(putin.mentions().get(0).start()).isEqualTo(emoji.codePointCount(0, emoji.length()) + "Президент России ".length());
    }

    @Test
    void aFiveMegabyteArticleIsAnsweredAndOnlyItsBeginningIsTagged() {
        String paragraph = "Губернатор Самарской области Дмитрий Азаров посетил Тольятти, сообщает ТАСС. ";
        String text = "Губернатор посетил Тольятти\n\n" + paragraph.repeat(5_000_000 / paragraph.length() + 1);
        EnrichedArticle out = enrich(text);
        assertThat(out.text()).hasSize(text.length());
        assertThat(out.entities()).isNotEmpty();
        assertThat(out.entities()).allSatisfy(e -> assertThat(e.mentions())
                .allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(LanguageEntities.MAX_TAGGED_CHARS)));
    }

    @Test
    void quotesAndSourcesAreLookedForWhereEntitiesAre() {
        String quote = "Губернатор Дмитрий Азаров заявил: «Мост откроем весной». Об этом сообщает ТАСС.\n\n";
        String filler = "Погода в области была тёплой и сухой всю неделю. ";
        String late = "\n\nМэр Иван Петров заявил: «Дорогу закроем летом». Об этом сообщает Интерфакс.";
        String text = "Новости области\n\n" + quote + filler.repeat(LanguageEntities.MAX_TAGGED_CHARS / filler.length() + 1) + late;
        EnrichedArticle out = enrich(text);
        assertThat(out.quotes()).extracting(EnrichedArticle.Quote::text).containsExactly("Мост откроем весной");
        assertThat(out.metadata().sources()).containsExactly("ТАСС");
        assertOffsetsSliceTheText(out);
    }

    @Test
    void englishArticlesAreDetectedAndAnsweredWithTheSameContract() {
        EnrichedArticle out = enrich("Storm closes coast road\n\nThe coast road near Brighton was closed on Tuesday, the council said.");
        assertThat(out.language()).isEqualTo("en");
        assertThat(out.entities()).isNotNull();
        assertOffsetsSliceTheText(out);
    }
}
