package io.newsroom.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The words by which pages mark what is not the article: class/id tokens, ARIA roles and the short phrases
 * that head "read also" boxes, in English and Russian. Matching is on whole tokens of class and id
 * ({@code related-news}, {@code relatedNews} → related, news), so "ad" never matches "header" or "shadow".
 */
final class BoilerplateVocabulary {

    private BoilerplateVocabulary() {
    }

    /** Tokens that mark a whole block as not article content. */
    static final Set<String> BOILERPLATE_TOKENS = Set.of(
            "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "crumbs", "masthead",
            "footer", "sidebar", "aside", "rail", "widget", "widgets", "comment", "comments", "disqus", "respond",
            "related", "relatedposts", "recommended", "recommendations", "recommend", "recirc", "popular",
            "trending", "mostread", "share", "sharing", "sharebar", "social", "socials", "cookie", "cookies",
            "consent", "gdpr", "banner", "ad", "ads", "advert", "adverts", "advertisement", "adv", "adfox",
            "adsbygoogle", "adslot", "sponsor", "sponsored", "promo", "newsletter", "subscribe", "subscription",
            "signup", "modal", "popup", "overlay", "toolbar", "pagination", "pager", "tags", "taglist", "incut",
            "outbrain", "taboola", "mgid", "smi2", "login", "search", "skip", "copyright", "readalso", "readmore",
            "seealso", "discussion", "replies", "paywall", "tweet", "instagram");

    /** Words that turn the next token around: "has-sidebar", "no-comments" describe a layout, not furniture. */
    private static final Set<String> LAYOUT_PREFIXES = Set.of("has", "with", "no", "without", "show", "hide");

    /** Token pairs that mark boilerplate where each word alone does not. */
    static final List<String> BOILERPLATE_BIGRAMS = List.of(
            "read also", "also read", "read more", "see also", "most read", "more stories", "more news",
            "top stories", "latest news", "author bio", "about author", "site header", "page header");

    /** Tokens of metadata blocks inside an article (byline, date) that are not part of its text. */
    static final Set<String> METADATA_TOKENS = Set.of(
            "byline", "author", "authors", "date", "dates", "time", "timestamp", "published", "updated",
            "meta", "credit", "credits", "caption", "figcaption", "kicker", "rubric", "eyebrow", "dateline-meta");

    /** Tokens that suggest article content (a score bonus, and protection from removal). */
    static final Set<String> CONTENT_TOKENS = Set.of(
            "article", "articlebody", "content", "entry", "hentry", "main", "post", "story", "text", "body",
            "blog", "news", "material", "publication", "instapaper");

    /** Class names that hide an element in common CSS frameworks. */
    static final Set<String> HIDDEN_CLASSES = Set.of(
            "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
            "is-hidden", "u-hidden", "print-only", "printonly", "invisible");

    /** ARIA roles of page furniture. */
    static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
            "menubar", "toolbar");

    /** Headings and lead-ins of "read also" boxes, share bars and the like; matched at the start of a short block. */
    static final Pattern BOILERPLATE_LEAD = Pattern.compile(
            "^(?:читайте также|читать также|читайте еще|читайте ещё|смотрите также|см\\. также|по теме|"
                    + "также по теме|популярное|самое популярное|самое читаемое|главное|другие новости|"
                    + "новости по теме|материалы по теме|еще по теме|ещё по теме|рекомендуем|вам может быть интересно|"
                    + "поделиться|поделитесь|подписывайтесь|подпишитесь|комментарии|оставьте комментарий|"
                    + "теги|метки|нашли ошибку|read also|also read|read more|see also|related|more on this|"
                    + "more from|most read|most popular|popular now|trending|recommended|you may also like|"
                    + "you might also like|share this|share on|follow us|subscribe|sign up|comments|become a member|"
                    + "support our journalism|support independent|donate|поддержите|стать участником|"
                    + "leave a comment|tags|topics|advertisement|реклама)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The heading of a comment section: it and everything after it in its container are not the article. */
    static final Pattern COMMENTS_HEADING = Pattern.compile(
            "^(?:\\d+\\s+)?(?:comments?|reader comments|discussion|responses|leave a (?:reply|comment)|"
                    + "join the (?:conversation|discussion)|комментари\\p{L}*|обсуждение|отзывы|оставьте комментарий|"
                    + "ваш комментарий|добавить комментарий)\\b[^.!?]{0,30}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Labelled credit lines: "Автор: …", "Текст: …", "Фото: …", "Photo: …". */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:автор|авторы|текст|фото|фотографии|иллюстрация|источник фото|photo|photos|image|images|credit|"
                    + "picture|illustration)\\s*[:—–-]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Date lines with a label: "Опубликовано 17.10.2026", "Updated: Nov 24" (a digit is required too). */
    static final Pattern DATED_LINE = Pattern.compile(
            "^(?:опубликовано|обновлено|дата публикации|дата|published|updated|last updated|posted on|posted)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "By Jane Doe": a capitalised name after "By" (case matters, so "by the end" is not one). */
    static final Pattern BY_LINE = Pattern.compile("^[Bb]y\\s+\\p{Lu}");

    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|updated|published|today|yesterday|am|pm|utc|gmt|edt|est|pdt|pst|bst|cet|msk|"
                    + "январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|"
                    + "ноябр[ья]|декабр[ья]|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
                    + "сегодня|вчера|обновлено|опубликовано|мск|года?|г|в)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE_REMAINDER = Pattern.compile("[\\d\\s.,:/|·•()\\-–—]+");

    private static final Pattern NUMERIC_DATE_OR_TIME =
            Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}:\\d{2}");

    /** A line that is only a date and time ("16 ноября 2026, 09:15", "Nov 24, 2026 1:27 PM UTC"). */
    static boolean isDateLine(String text) {
        if (text.length() > 60 || text.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String rest = DATE_WORDS.matcher(text).replaceAll(" ");
        boolean dateLike = !rest.equals(text) || NUMERIC_DATE_OR_TIME.matcher(text).find();
        return dateLike && DATE_REMAINDER.matcher(rest).matches();
    }

    /** Copyright and legal lines of a page footer. */
    static final Pattern COPYRIGHT = Pattern.compile(
            "©|&copy;|\\(c\\)\\s*\\d{4}|all rights reserved|все права защищены|копирование материалов|"
                    + "перепечатка материалов|при использовании материалов|свидетельство о регистрации",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /** Lower-cased tokens of an element's class and id, split on punctuation and camelCase. */
    static List<String> tokens(Element e) {
        List<String> tokens = new ArrayList<>();
        addTokens(e.className(), tokens);
        addTokens(e.id(), tokens);
        return tokens;
    }

    private static void addTokens(String value, List<String> out) {
        if (value == null || value.isEmpty() || value.length() > 500) {
            return;
        }
        String split = CAMEL_CASE.matcher(value).replaceAll("$1 $2");
        for (String token : NON_ALPHANUMERIC.split(split.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
    }

    static boolean isBoilerplate(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (BOILERPLATE_TOKENS.contains(tokens.get(i)) && (i == 0 || !LAYOUT_PREFIXES.contains(tokens.get(i - 1)))) {
                return true;
            }
            if (i + 1 < tokens.size() && BOILERPLATE_BIGRAMS.contains(tokens.get(i) + " " + tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMetadata(List<String> tokens) {
        return tokens.stream().anyMatch(METADATA_TOKENS::contains);
    }

    /** Tokens that mark a block as never article text, even when it also says "content" or "post". */
    private static final Set<String> NEVER_CONTENT_TOKENS = Set.of(
            "comment", "comments", "discussion", "replies", "respond", "disqus", "related", "relatedposts", "share",
            "sharing", "social", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "advert", "advertisement",
            "promo", "newsletter", "subscribe", "outbrain", "taboola", "recommended", "popular", "trending",
            "mostread", "footer", "breadcrumb", "breadcrumbs");

    /** "main-content has-sidebar", "post-wrap sidebar-right": a content container whose class also names the layout. */
    static boolean isContentWithLayoutClass(List<String> tokens) {
        return isContent(tokens) && tokens.stream().noneMatch(NEVER_CONTENT_TOKENS::contains);
    }

    static boolean isContent(List<String> tokens) {
        return tokens.stream().anyMatch(CONTENT_TOKENS::contains);
    }
}
