package io.newsroom.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ExtractedArticle extract(String page) throws UndecodableTextException {
        return extractor.extract(Fixtures.html(page), null, "https://example.test/" + page);
    }

    private static void assertParagraphsOf(ExtractedArticle article, String page) {
        for (String paragraph : Fixtures.gold(page).split("\n\n")) {
            assertThat(article.text()).as("paragraph of " + page).contains(paragraph);
        }
    }

    // ---- fixtures: metadata and absent boilerplate

    @Test
    void classicEnglishNewsSite() throws Exception {
        ExtractedArticle article = extract("classic-news-en");

        assertThat(article.title()).isEqualTo("Council votes to close Marsh Street ferry terminal");
        assertThat(article.authors()).containsExactly("Jonathan Pike");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-25T00:42:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.siteName()).isEqualTo("The Harbour Courier");
        assertThat(article.canonicalUrl())
                .isEqualTo("https://example.test/news/2026/11/marsh-street-ferry-terminal-to-close");
        assertThat(article.description()).startsWith("The 90-year-old terminal");
        assertThat(article.charset()).isEqualTo("UTF-8");
        assertParagraphsOf(article, "classic-news-en");
        assertThat(article.text()).contains("\n\nResidents ask for a say in what comes next\n\n");
        assertThat(article.text()).doesNotContain("We use cookies", "Accept all", "Business", "Most read",
                "Storm knocks out", "About time", "harbourwatcher", "Share on Facebook", "Gull Point landing opens",
                "More from Local", "All rights reserved", "Photo: Courier archive", "By Jonathan Pike", "Sign up",
                "Advertisement", "Ferries");
    }

    @Test
    void classicRussianNewsSite() throws Exception {
        ExtractedArticle article = extract("classic-news-ru");

        assertThat(article.title()).isEqualTo("В Северограде открылась круглосуточная библиотека");
        assertThat(article.authors()).containsExactly("Ирина Морозова");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-23T06:15:00Z"));
        assertThat(article.language()).isEqualTo("ru");
        assertParagraphsOf(article, "classic-news-ru");
        assertThat(article.text()).doesNotContain("Читайте также", "В Заречном парке установят", "Популярное",
                "Отличная идея", "Поделиться", "cookie", "Политика", "Теги", "Реклама", "Автор:");
    }

    @Test
    void aspNetPageWithEverythingInsideOneForm() throws Exception {
        ExtractedArticle article = extract("aspnet-form-ru");

        assertThat(article.title()).isEqualTo("Ремонт моста через Сужу перенесли на весну");
        assertThat(article.language()).isEqualTo("ru");
        assertParagraphsOf(article, "aspnet-form-ru");
        assertThat(article.text()).doesNotContain("Назад к списку", "Другие новости", "Голосовать", "Опрос",
                "Архив", "__doPostBack", "Каменский вестник");
    }

    @Test
    void hiddenDuplicateCopiesAreNotRepeated() throws Exception {
        ExtractedArticle article = extract("hidden-duplicate-en");

        assertThat(article.title()).isEqualTo("Bakery fire forces evacuation of Cedar Lane apartments");
        assertThat(article.authors()).containsExactly("Rachel Okafor");
        assertParagraphsOf(article, "hidden-duplicate-en");
        assertThat(article.text().split("A fire that started", -1)).hasSize(2);
        assertThat(article.text()).doesNotContain("Printed from", "Subscribe now", "Trending", "Staff Writer");
    }

    @Test
    void metadataOnlyInJsonLd() throws Exception {
        ExtractedArticle article = extract("jsonld-only-en");

        assertThat(article.title()).isEqualTo("Sodium battery cell survives 5,000 charging cycles");
        assertThat(article.authors()).containsExactly("Helen Marsh", "Omar Haddad");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-19T13:00:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.siteName()).isEqualTo("ScienceWire");
        assertThat(article.description()).startsWith("A prototype from Northfield");
        assertThat(article.text()).doesNotContain("covers energy", "Astronomers spot", "Independent science news");
    }

    @Test
    void ampMarkup() throws Exception {
        ExtractedArticle article = extract("amp-en");

        assertThat(article.title()).isEqualTo("Riverside Rovers win promotion with victory over Eastbrook");
        assertThat(article.authors()).containsExactly("Chris Dunmore");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-21T18:30:00Z"));
        assertThat(article.canonicalUrl()).isEqualTo("https://countysport.example/football/rovers-promoted");
        assertParagraphsOf(article, "amp-en");
        assertThat(article.text()).doesNotContain("Advertisement", "More stories", "Cup draw", "Cricket", "Terms");
    }

    @Test
    void blogPost() throws Exception {
        ExtractedArticle article = extract("blog-en");

        assertThat(article.title()).isEqualTo("Bringing a 1968 letterpress back to life");
        assertThat(article.authors()).containsExactly("Maggie Thornton");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-10-30T21:12:45Z"));
        assertThat(article.siteName()).isEqualTo("Ink & Iron");
        assertParagraphsOf(article, "blog-en");
        assertThat(article.text()).doesNotContain("Share this", "Why old rollers crack", "Beautiful work",
                "Leave a Reply", "Recent Posts", "Skip to content", "Posted in", "Proudly powered");
    }

    @Test
    void articleSplitOverSeveralDivsWithAdsBetween() throws Exception {
        ExtractedArticle article = extract("split-divs-ru");

        assertThat(article.title()).isEqualTo("На озере Светлом запретили ловить рыбу до конца года");
        assertThat(article.authors()).containsExactly("Алексей Кругов");
        assertParagraphsOf(article, "split-divs-ru");
        assertThat(article.text()).contains("\n\nЧто дальше\n\n", "\n\nВерсия о сбросах не подтвердилась\n\n");
        assertThat(article.text()).doesNotContain("Реклама", "Год назад на озере", "Читайте также",
                "Подписывайтесь", "Главное за сутки", "Афиша");
    }

    @Test
    void wireAgencyStory() throws Exception {
        ExtractedArticle article = extract("wire-agency-en");

        assertThat(article.title()).isEqualTo("Portuguese dockworkers call off strike after provisional wage deal");
        assertThat(article.authors()).containsExactly("Ana Ferreira");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-24T13:27:00Z"));
        assertThat(article.text()).startsWith("LISBON, Nov 24 (Meridian) - Portugal's largest");
        assertThat(article.text()).endsWith("(Reporting by Ana Ferreira; Editing by Mark Doyle)");
        assertThat(article.text()).doesNotContain("Read Next", "Europe", "Our Standards", "2 min read");
    }

    @Test
    void windows1251DeclaredByMetaHttpEquiv() throws Exception {
        ExtractedArticle article = extract("cp1251-meta-ru");

        assertThat(article.charset()).isEqualTo("windows-1251");
        assertThat(article.title()).isEqualTo("Купеческое собрание открылось после реставрации");
        assertThat(article.authors()).containsExactly("Марина Лебедева");
        assertThat(article.language()).isEqualTo("ru");
        assertParagraphsOf(article, "cp1251-meta-ru");
        assertThat(article.text()).doesNotContain("Самое читаемое", "Перепечатка", "Архив номеров",
                "Читайте также", "Текст:");
    }

    @Test
    void koi8rDeclaredByMetaCharset() throws Exception {
        ExtractedArticle article = extract("koi8r-meta-ru");

        assertThat(article.charset()).isEqualTo("KOI8-R");
        assertThat(article.title()).isEqualTo("Синоптики предупредили о сильном снегопаде");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
        assertParagraphsOf(article, "koi8r-meta-ru");
        assertThat(article.text()).doesNotContain("Поделиться", "Погода", "Каменногорск Онлайн");
    }

    @Test
    void undeclaredWindows1251IsDetected() throws Exception {
        ExtractedArticle article = extract("cp1251-undeclared-ru");

        assertThat(article.charset()).isEqualTo("windows-1251");
        assertThat(article.title())
                .isEqualTo("Гречиха уродилась: фермеры Ольховского района собрали рекордный урожай");
        assertParagraphsOf(article, "cp1251-undeclared-ru");
        assertThat(article.text()).doesNotContain("Опубликовано", "Все права защищены", "Объявления");
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        ExtractedArticle article = extract("utf8-bom-ru");

        assertThat(article.charset()).isEqualTo("UTF-8");
        assertThat(article.title()).isEqualTo("Берёзовские студенты напечатали протез кисти на 3D-принтере");
        assertThat(article.authors()).containsExactly("Ольга Сорокина");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-12T05:00:00Z"));
        assertThat(article.text()).doesNotStartWith("\uFEFF").doesNotContain("Автор:", "Образование");
        assertParagraphsOf(article, "utf8-bom-ru");
    }

    @Test
    void liveBlogTimeline() throws Exception {
        ExtractedArticle article = extract("liveblog-en");

        assertThat(article.title()).isEqualTo("Provincial election day: live updates");
        assertThat(article.authors()).containsExactly("Nadia Kowalski", "Ben Fraser");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-15T19:50:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertParagraphsOf(article, "liveblog-en");
        assertThat(article.text()).doesNotContain("Copy link", "Load more", "Key points", "election newsletter");
    }

    @Test
    void tableAndListsInsideTheArticle() throws Exception {
        ExtractedArticle article = extract("table-lists-ru");

        assertThat(article.authors()).containsExactly("Денис Ермаков");
        assertThat(article.text()).contains("\n\nмаршрут 7 «Северный — Южный»: плюс 34 процента;\n\n",
                "\n\nЧисло маршрутов 64 41\n\n");
        assertThat(article.text()).doesNotContain("Новости по теме", "Популярное", "Ночные автобусы: расписание");
    }

    @Test
    void commentsLongerThanTheArticleUnderNeutralClasses() throws Exception {
        ExtractedArticle article = extract("long-comments-en");

        assertThat(article.authors()).containsExactly("Tom Hadley");
        assertParagraphsOf(article, "long-comments-en");
        assertThat(article.text()).doesNotContain("outrageous", "cast iron", "Join the conversation", "Reply");
    }

    @Test
    void divSoupWithoutParagraphTags() throws Exception {
        ExtractedArticle article = extract("div-soup-ru");

        assertThat(article.title()).isEqualTo("Найденные на чердаке акварели показали в музее");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-16T08:00:00Z"));
        assertParagraphsOf(article, "div-soup-ru");
        assertThat(article.text()).doesNotContain("16 ноября 2026", "Филармония", "Главная");
    }

    @Test
    void utilityClassMarkupWithResponsiveHiding() throws Exception {
        ExtractedArticle article = extract("tailwind-en");

        assertThat(article.title()).isEqualTo("Residents buy shares to save Alder Creek bookshop");
        assertThat(article.authors()).containsExactly("Lena Brooks");
        assertParagraphsOf(article, "tailwind-en");
        assertThat(article.text()).doesNotContain("cookies", "Become a member", "Around town", "Ski lift");
    }

    @Test
    void oldTableLayoutWithFontTagsAndLineBreaks() throws Exception {
        ExtractedArticle article = extract("font-table-ru");

        assertThat(article.title()).isEqualTo("В Малиновке открыли новый ФАП");
        assertParagraphsOf(article, "font-table-ru");
        assertThat(article.text()).doesNotContain("Подписка на газету", "Все новости", "05.11.2026",
                "Все права защищены");
    }

    @Test
    void unclassedCommentsAfterACommentsHeading() throws Exception {
        ExtractedArticle article = extract("plain-comments-ru");

        assertParagraphsOf(article, "plain-comments-ru");
        assertThat(article.text()).doesNotContain("Комментарии", "Наконец-то", "пенсионерам", "Ваше имя");
    }

    // ---- normalisation

    @Test
    void whitespaceIsNormalisedAndTextIsNfc() throws Exception {
        String page = "<html><body><article><p>Первый\u00A0\u00A0абзац   со\tмногими\n пробелами и ещё немного слов,"
                + " чтобы он был абзацем.</p><p>Второй абзац: е\u0308ж и пере\u00ADнос, тоже достаточно длинный.</p>"
                + "</article></body></html>";
        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.text()).isEqualTo("Первый абзац со многими пробелами и ещё немного слов, чтобы он был"
                + " абзацем.\n\nВторой абзац: ёж и перенос, тоже достаточно длинный.");
    }

    @Test
    void declaredCharsetIsPassedOn() throws Exception {
        String page = "<html lang=ru><body><p>Снегопад ожидается в ночь на четверг, синоптики предупреждают.</p></body></html>";
        ExtractedArticle article = extractor.extract(page.getBytes("KOI8-R"), "text/html; charset=KOI8-R", null);

        assertThat(article.charset()).isEqualTo("KOI8-R");
        assertThat(article.text()).isEqualTo("Снегопад ожидается в ночь на четверг, синоптики предупреждают.");
    }

    @Test
    void invalidBytesInTheDeclaredCharsetAreTheOnlyFailure() {
        byte[] windows1251 = "<p>Привет</p>".getBytes(java.nio.charset.Charset.forName("windows-1251"));

        assertThatCode(() -> extractor.extract(windows1251, "utf-8", null))
                .isInstanceOf(UndecodableTextException.class);
    }

    // ---- hostile input

    @Test
    void emptyInput() throws Exception {
        ExtractedArticle article = extractor.extract(new byte[0], null, null);

        assertThat(article.text()).isEmpty();
        assertThat(article.title()).isNull();
        assertThat(article.authors()).isEmpty();
        assertThat(extractor.extract(null, null, null).text()).isEmpty();
    }

    @Test
    void garbageBytesGiveAnArticleOrTheUndecodableException() {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[random.nextInt(20_000)];
            random.nextBytes(garbage);
            try {
                assertThat(extractor.extract(garbage, null, null)).isNotNull();
            } catch (UndecodableTextException expected) {
                assertThat(expected.getMessage()).contains("Declare the real charset");
            }
        }
    }

    @Test
    void pageWithoutBodyOrArticle() throws Exception {
        ExtractedArticle noBody = extractor.extract(
                "<html><head><title>Only a title</title></head></html>".getBytes(StandardCharsets.UTF_8), null, null);
        ExtractedArticle menuOnly = extractor.extract(("<html><body><ul><li><a href=/a>Home</a></li><li><a href=/b>"
                + "News</a></li></ul></body></html>").getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(noBody.title()).isEqualTo("Only a title");
        assertThat(noBody.text()).isEmpty();
        assertThat(menuOnly.text()).doesNotContain("Home");
    }

    @Test
    void scriptOnlyPage() throws Exception {
        String page = "<html><head><script>var a = '<p>not text</p>';</script></head><body><script>"
                + "document.write('<div>'.repeat(10))</script><noscript>Enable JavaScript</noscript></body></html>";
        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.text()).isEmpty();
    }

    @Test
    void malformedHtml() throws Exception {
        String page = "<html><body><div class=article><p>Unclosed paragraph about the harbour, the ferry and the"
                + " council vote<p>Another one, with <b>bold <i>mis-nested</b> tags</i> and an &unknown; entity"
                + "<table><tr><td>cell<div></table></p></span></body>";
        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.text()).contains("Unclosed paragraph about the harbour", "mis-nested tags");
    }

    @Test
    void tenThousandDeepNesting() throws Exception {
        StringBuilder page = new StringBuilder("<html><body>");
        page.append("<div>".repeat(10_000));
        page.append("<p>Deep inside the markup sits a paragraph, with commas, long enough to count as text.</p>");
        page.append("</div>".repeat(10_000));
        page.append("</body></html>");

        ExtractedArticle article = extractor.extract(page.toString().getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.text()).contains("Deep inside the markup sits a paragraph");
    }

    @Test
    void fiveMegabytePageIsHandledInSeconds() throws Exception {
        StringBuilder page = new StringBuilder(6_000_000).append("<html><head><title>Big page</title><script>");
        page.append("var x = 1;\n".repeat(100_000)).append("</script></head><body><nav>");
        for (int i = 0; page.length() < 2_500_000; i++) {
            page.append("<li><a href=\"/item/").append(i).append("\">Teaser headline number ").append(i)
                    .append("</a></li>");
        }
        page.append("</nav><article>");
        page.append(new String(Fixtures.html("classic-news-en"), StandardCharsets.UTF_8)
                .replaceAll("(?s).*<div class=\"story__body\">|</div>\\s*<div class=\"tags\">.*", ""));
        page.append("</article><footer>");
        while (page.length() < 5_200_000) {
            page.append("<div class=\"x\"><span>footer link</span> <a href=\"/f\">more</a></div>");
        }
        page.append("</footer></body></html>");

        long start = System.nanoTime();
        ExtractedArticle article = extractor.extract(page.toString().getBytes(StandardCharsets.UTF_8), null, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(article.text()).contains("Harbour City council voted on Tuesday evening");
        assertThat(article.text()).doesNotContain("Teaser headline", "footer link");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }
}
