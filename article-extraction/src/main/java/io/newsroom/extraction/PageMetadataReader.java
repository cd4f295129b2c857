package io.newsroom.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's stated metadata: Open Graph and article:* meta tags, {@code <meta name>} tags, JSON-LD
 * (NewsArticle, Article and kin, also inside {@code @graph}), {@code <html lang>} and link rel=canonical.
 * Also holds the rules for cleaning author names and parsing dates that the DOM fallbacks share.
 */
final class PageMetadataReader {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle",
            "socialmediaposting", "report", "posting");
    private static final Set<String> AUTHOR_META_KEYS = Set.of(
            "author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "byl");
    private static final Pattern AUTHOR_PREFIX = Pattern.compile(
            "^(?:by|written by|posted by|author|authors|автор|авторы|текст|материал подготовил[аи]?|"
                    + "подготовил[аи]?|от)\\s*[:—–-]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\sи\\s)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AUTHOR_CUT = Pattern.compile("\\s*(?:\\||·|•|\\s/\\s|\\s—\\s|\\s–\\s|\\(|\\d).*$");

    private PageMetadataReader() {
    }

    static PageMetadata read(Document doc, String pageUrl) {
        List<Element> metas = doc.select("meta[content]");
        Map<String, Object> article = jsonLdArticle(doc);
        String ogTitle = meta(metas, "og:title", "twitter:title");
        String jsonLdHeadline = article == null ? null : firstString(article.get("headline"), article.get("name"));
        String htmlTitle = clean(doc.title());

        String description = meta(metas, "og:description", "description", "twitter:description");
        if (description == null && article != null) {
            description = firstString(article.get("description"));
        }

        List<String> authors = new ArrayList<>();
        if (article != null) {
            collectJsonLdAuthors(article.get("author"), authors, 0);
        }
        for (Element m : metas) {
            String key = (m.hasAttr("property") ? m.attr("property") : m.attr("name")).toLowerCase(Locale.ROOT);
            String value = m.attr("content");
            if (AUTHOR_META_KEYS.contains(key) && !value.contains("://")) {
                addAuthors(value, authors);
            }
        }

        Instant published = null;
        if (article != null) {
            published = parseInstant(firstString(article.get("datePublished"), article.get("dateCreated")));
        }
        if (published == null) {
            published = parseInstant(meta(metas, "article:published_time", "og:published_time", "datePublished",
                    "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                    "sailthru.date", "parsely-pub-date"));
        }

        Element html = doc.firstElementChild();
        String language = html == null ? null : languageCode(html.attr("lang"));
        if (language == null && html != null) {
            language = languageCode(html.attr("xml:lang"));
        }
        if (language == null) {
            // Head-only look-ups: a 5 MB body need not be walked for what belongs in the head.
            Element contentLanguage = doc.head().selectFirst("meta[http-equiv~=(?i)content-language]");
            language = languageCode(contentLanguage == null ? null : contentLanguage.attr("content"));
        }
        if (language == null) {
            language = languageCode(meta(metas, "og:locale", "language"));
        }
        if (language == null && article != null) {
            language = languageCode(firstString(article.get("inLanguage")));
        }

        String canonical = null;
        Element link = doc.head().selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            canonical = absolute(link, "href");
        }
        if (canonical == null) {
            canonical = meta(metas, "og:url");
        }
        if (canonical == null && pageUrl != null && !pageUrl.isBlank()) {
            canonical = pageUrl.strip();
        }

        String siteName = meta(metas, "og:site_name", "application-name");
        if (siteName == null && article != null && article.get("publisher") instanceof Map<?, ?> publisher) {
            siteName = firstString(publisher.get("name"));
        }
        return new PageMetadata(ogTitle, jsonLdHeadline, htmlTitle, description, dedupe(authors), published,
                language, canonical, siteName);
    }

    private static String absolute(Element e, String attribute) {
        String abs = e.absUrl(attribute);
        if (!abs.isEmpty()) {
            return abs;
        }
        String raw = e.attr(attribute).strip();
        return raw.startsWith("http://") || raw.startsWith("https://") ? raw : null;
    }

    /** The first non-blank content of a meta tag with one of these property or name values. */
    private static String meta(List<Element> metas, String... keys) {
        for (String key : keys) {
            for (Element m : metas) {
                if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                        || key.equalsIgnoreCase(m.attr("itemprop"))) {
                    String value = clean(m.attr("content"));
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    // ---- JSON-LD

    /** The first JSON-LD object whose @type is an article type, searching arrays and @graph. */
    private static Map<String, Object> jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            Object parsed = JsonLdParser.parse(script.data());
            Map<String, Object> found = findArticle(parsed, 0);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> findArticle(Object node, int depth) {
        if (depth > 8 || node == null) {
            return null;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof Map<?, ?> map) {
            if (isArticleType(map.get("@type"))) {
                return (Map<String, Object>) map;
            }
            Map<String, Object> found = findArticle(map.get("@graph"), depth + 1);
            if (found == null) {
                found = findArticle(map.get("mainEntity"), depth + 1);
            }
            return found;
        }
        return null;
    }

    private static boolean isArticleType(Object type) {
        if (type instanceof String s) {
            String t = s.toLowerCase(Locale.ROOT);
            int slash = t.lastIndexOf('/');
            return ARTICLE_TYPES.contains(slash >= 0 ? t.substring(slash + 1) : t);
        }
        if (type instanceof List<?> list) {
            return list.stream().anyMatch(PageMetadataReader::isArticleType);
        }
        return false;
    }

    private static void collectJsonLdAuthors(Object author, List<String> out, int depth) {
        if (author == null || depth > 4) {
            return;
        }
        if (author instanceof String s) {
            if (!s.contains("://")) {
                addAuthors(s, out);
            }
        } else if (author instanceof List<?> list) {
            for (Object a : list) {
                collectJsonLdAuthors(a, out, depth + 1);
            }
        } else if (author instanceof Map<?, ?> map) {
            String name = firstString(map.get("name"));
            if (name != null) {
                addAuthor(name, out);
            }
        }
    }

    private static String firstString(Object... values) {
        for (Object value : values) {
            if (value instanceof String s) {
                String cleaned = clean(s);
                if (cleaned != null) {
                    return cleaned;
                }
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                String inner = firstString(list.toArray());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    // ---- authors

    /** Adds the names in a byline-like string ("By A and B", "Автор: А, Б"). */
    static void addAuthors(String byline, List<String> out) {
        String text = stripAuthorPrefix(TextNormalizer.normalize(byline));
        text = AUTHOR_CUT.matcher(text).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(text)) {
            addAuthor(part, out);
        }
    }

    /** Adds one name, cleaned of prefixes, if it looks like a name. */
    static void addAuthor(String name, List<String> out) {
        String cleaned = stripAuthorPrefix(TextNormalizer.normalize(name));
        cleaned = cleaned.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "").strip();
        if (cleaned.length() < 2 || cleaned.length() > 80 || cleaned.contains("://")) {
            return;
        }
        if (cleaned.split(" ").length > 6) {
            return;
        }
        out.add(cleaned);
    }

    private static String stripAuthorPrefix(String text) {
        String previous;
        String current = text.strip();
        do {
            previous = current;
            current = AUTHOR_PREFIX.matcher(current).replaceFirst("").strip();
        } while (!current.equals(previous));
        return current;
    }

    static List<String> dedupe(List<String> authors) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String author : authors) {
            unique.putIfAbsent(author.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(), author);
        }
        unique.remove("");
        return List.copyOf(unique.values());
    }

    // ---- dates and languages

    /**
     * An ISO-8601 date-time with offset as an Instant; {@code +0300} offsets and a space instead of "T" are
     * accepted. A date-time without an offset is taken as UTC, a bare date as its start in UTC.
     */
    static Instant parseInstant(String value) {
        if (value == null || value.isBlank() || value.length() > 60) {
            return null;
        }
        String v = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2")
                .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "ru-RU", "en_US", "rus" → ISO 639-1 ("ru", "en", "ru"); null when it is not a language tag. */
    static String languageCode(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        if (primary.matches("[a-z]{2}")) {
            return primary;
        }
        if (primary.matches("[a-z]{3}")) {
            for (String code : Locale.getISOLanguages()) {
                try {
                    if (new Locale(code).getISO3Language().equals(primary)) {
                        return code;
                    }
                } catch (MissingResourceException ignored) {
                    // a language without a 3-letter code
                }
            }
        }
        return null;
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = TextNormalizer.normalize(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
