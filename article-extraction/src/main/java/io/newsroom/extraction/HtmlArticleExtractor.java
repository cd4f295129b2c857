package io.newsroom.extraction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a web page (text/html bytes) into an article: decodes it strictly ({@link CharsetDetector}), reads the
 * stated metadata (Open Graph, JSON-LD, meta tags), removes code, hidden elements and page furniture, finds the
 * main content by Readability-style scoring, strips bylines and "read also" boxes from it, and writes its text.
 *
 * <p>Stateless and thread-safe. Never throws anything but {@link UndecodableTextException}: empty, malformed,
 * huge or deeply nested pages give an article with whatever could be found (possibly empty text).
 */
public final class HtmlArticleExtractor {

    /** Below this many characters the page is retried with hidden elements kept (script-revealed pages). */
    private static final int MIN_VISIBLE_TEXT = 200;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—\\-:·•»«/]{1,2}\\s+");

    private final CharsetDetector charsetDetector;

    public HtmlArticleExtractor() {
        this(new CharsetDetector());
    }

    public HtmlArticleExtractor(CharsetDetector charsetDetector) {
        this.charsetDetector = charsetDetector;
    }

    /**
     * Extracts the article from a page.
     *
     * @param html            the page's bytes
     * @param declaredCharset the Content-Type charset parameter (or the whole Content-Type value); null if none
     * @param pageUrl         the page's address, for resolving relative links; may be null
     * @throws UndecodableTextException when the bytes are invalid in the charset declared or found
     */
    public ExtractedArticle extract(byte[] html, String declaredCharset, String pageUrl)
            throws UndecodableTextException {
        DecodedText decoded = charsetDetector.decodeHtml(html, declaredCharset);
        String baseUri = pageUrl == null ? "" : pageUrl.strip();
        Document doc = Jsoup.parse(decoded.text(), baseUri);
        PageMetadata metadata = PageMetadataReader.read(doc, pageUrl);

        Extraction extraction = extractContent(doc, metadata);
        if (extraction.text.length() < MIN_VISIBLE_TEXT) {
            Extraction withHidden = extractContent(Jsoup.parse(decoded.text(), baseUri), metadata, false);
            if (withHidden.text.length() > extraction.text.length() * 2 + MIN_VISIBLE_TEXT) {
                extraction = withHidden;
            }
        }
        List<String> authors = metadata.authors().isEmpty() ? extraction.bylineAuthors : metadata.authors();
        Instant publishedAt = metadata.publishedAt() != null ? metadata.publishedAt() : extraction.timeElement;
        return new ExtractedArticle(extraction.title, metadata.description(), authors, publishedAt,
                metadata.language(), metadata.canonicalUrl(), metadata.siteName(), extraction.text,
                decoded.charset().name());
    }

    private record Extraction(String title, List<String> bylineAuthors, Instant timeElement, String text) {
    }

    private static Extraction extractContent(Document doc, PageMetadata metadata) {
        return extractContent(doc, metadata, true);
    }

    private static Extraction extractContent(Document doc, PageMetadata metadata, boolean removeHidden) {
        PageCleaner.clean(doc, removeHidden);
        Element body = doc.body();
        List<Element> content = MainContentFinder.find(body);
        Element region = articleRegion(content, body);

        String headline = firstHeadline(content, region, body);
        if (headline == null) {
            headline = ArticleTextWriter.emphasisedHeadline(content);
        }
        String title = resolveTitle(metadata, headline);
        List<String> bylineAuthors = bylineAuthors(region);
        Instant timeElement = timeElement(region);

        String text = ArticleTextWriter.write(ContentCleaner.clean(content), title);
        return new Extraction(title, bylineAuthors, timeElement, text);
    }

    /** Where the headline, byline and date of the content sit: two levels above it (the article's header). */
    private static Element articleRegion(List<Element> content, Element body) {
        if (content.isEmpty()) {
            return body;
        }
        Element first = content.get(0);
        Element article = first.closest("article, main, [itemtype~=(?i)Article|BlogPosting]");
        if (article != null) {
            return article;
        }
        Element region = first.parent() == null ? first : first.parent();
        if (region != body && region.parent() != null) {
            region = region.parent();
        }
        return region;
    }

    private static String firstHeadline(List<Element> content, Element region, Element body) {
        for (Element root : content) {
            Element h1 = root.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) {
                return PageMetadataReader.clean(h1.text());
            }
        }
        Element h1 = region.selectFirst("h1");
        if (h1 == null) {
            h1 = body.selectFirst("h1");
        }
        return h1 == null ? null : PageMetadataReader.clean(h1.text());
    }

    /** og:title, else JSON-LD headline, else the content's h1, else {@code <title>}; without a site suffix. */
    static String resolveTitle(PageMetadata metadata, String headline) {
        String title = metadata.openGraphTitle();
        if (title == null) {
            title = metadata.jsonLdHeadline();
        }
        if (title == null) {
            title = headline;
        }
        if (title == null) {
            title = metadata.htmlTitle();
        }
        return title == null ? null : stripSiteName(title, metadata.siteName(), headline);
    }

    /**
     * "Headline | Site" or "Site — Headline" → "Headline", when the site part is the known site name or the
     * rest is the page's own headline.
     */
    static String stripSiteName(String title, String siteName, String headline) {
        Matcher separator = TITLE_SEPARATOR.matcher(title);
        List<int[]> cuts = new ArrayList<>();
        while (separator.find()) {
            cuts.add(new int[] {separator.start(), separator.end()});
        }
        if (cuts.isEmpty()) {
            return title;
        }
        int[] last = cuts.get(cuts.size() - 1);
        int[] first = cuts.get(0);
        String beforeLast = title.substring(0, last[0]).strip();
        String afterLast = title.substring(last[1]).strip();
        String beforeFirst = title.substring(0, first[0]).strip();
        String afterFirst = title.substring(first[1]).strip();
        if (siteName != null) {
            if (sameName(afterLast, siteName)) {
                return beforeLast;
            }
            if (sameName(beforeFirst, siteName)) {
                return afterFirst;
            }
        }
        if (headline != null) {
            if (headline.equalsIgnoreCase(beforeLast)) {
                return beforeLast;
            }
            if (headline.equalsIgnoreCase(afterFirst)) {
                return afterFirst;
            }
        }
        return title;
    }

    private static boolean sameName(String part, String siteName) {
        String a = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        String b = siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
    }

    /** Bylines in the article region: rel/itemprop=author first, else elements classed byline or author. */
    private static List<String> bylineAuthors(Element region) {
        List<String> authors = new ArrayList<>();
        for (Element e : region.select("[rel~=(?i)^author$], [itemprop~=(?i)^author$]")) {
            Element name = e.selectFirst("[itemprop=name]");
            PageMetadataReader.addAuthors((name != null ? name : e).text(), authors);
        }
        if (authors.isEmpty()) {
            List<Element> bylines = new ArrayList<>();
            for (Element e : region.getAllElements()) {
                if (isByline(e)) {
                    bylines.add(e);
                }
            }
            for (Element e : bylines) {
                // The innermost byline element holds the name alone, without the date beside it.
                boolean hasInnerByline = bylines.stream().anyMatch(other -> other != e && other.parents().contains(e));
                String text = e.text();
                if (!hasInnerByline && !text.isBlank() && text.length() <= 120) {
                    PageMetadataReader.addAuthors(text, authors);
                    break;
                }
            }
        }
        return PageMetadataReader.dedupe(authors);
    }

    private static boolean isByline(Element e) {
        List<String> tokens = BoilerplateVocabulary.tokens(e);
        boolean byline = tokens.contains("byline") || tokens.contains("author") || tokens.contains("authors")
                || tokens.contains("avtor");
        return byline && !tokens.contains("bio") && !tokens.contains("about") && !tokens.contains("avatar");
    }

    /** The publication time in the article region: a {@code <time datetime>} or itemprop=datePublished. */
    private static Instant timeElement(Element region) {
        Element marked = region.selectFirst("[itemprop~=(?i)^datePublished$]");
        if (marked != null) {
            Instant instant = PageMetadataReader.parseInstant(
                    marked.hasAttr("datetime") ? marked.attr("datetime") : marked.attr("content"));
            if (instant != null) {
                return instant;
            }
        }
        for (Element time : region.select("time[datetime]")) {
            Instant instant = PageMetadataReader.parseInstant(time.attr("datetime"));
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }
}
