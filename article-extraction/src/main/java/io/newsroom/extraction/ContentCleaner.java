package io.newsroom.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what sits inside the article's elements but is not its text: bylines and dates, "read also"
 * boxes and their link lists, link-only teasers, and the headline (the title is reported apart).
 */
final class ContentCleaner {

    private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "dl", "div", "section", "table", "nav");
    private static final Set<String> SHORT_BLOCK_TAGS = Set.of(
            "p", "div", "section", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "header", "ul", "ol",
            "blockquote", "table", "dl");
    private static final Set<String> HEADING_LIKE_TAGS = Set.of(
            "h2", "h3", "h4", "h5", "h6", "p", "div", "b", "strong", "span", "header", "section");
    private static final int MAX_LEAD_BOX_TEXT = 300;

    private ContentCleaner() {
    }

    /** Cleans the content elements in place and returns those that are still article text. */
    static List<Element> clean(List<Element> content) {
        List<Element> kept = new ArrayList<>();
        Element largest = null;
        int largestText = -1;
        for (Element root : content) {
            int text = root.text().length();
            if (text > largestText) {
                largest = root;
                largestText = text;
            }
        }
        for (Element root : content) {
            TextStats stats = TextStats.of(root);
            // Siblings joined to the article are judged like its descendants ("Subscribe to …" below it).
            if (root != largest && isNotText(root, stats)) {
                continue;
            }
            kept.add(root);
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e) || e == root) {
                        return FilterResult.CONTINUE;
                    }
                    return isNotText(e, stats) ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
            }, root);
        }
        return kept;
    }

    private static boolean isNotText(Element e, TextStats stats) {
        String tag = e.normalName();
        TextStats.Stats s = stats.get(e);
        if (tag.equals("h1") || tag.equals("figcaption")) {
            return true;
        }
        if (s.headlines > 0 && s.paragraph < 200 && s.text < 400) {
            return true; // the headline block: kicker, headline, standfirst, byline, date
        }
        List<String> tokens = BoilerplateVocabulary.tokens(e);
        if (s.text < 200 && BoilerplateVocabulary.isMetadata(tokens)) {
            return true;
        }
        // A wrapper around a single element is judged through that element; reading every wrapper's text
        // would be quadratic in deeply nested markup.
        boolean wrapper = isWrapper(e);
        // Only whole blocks: a time in <strong> inside a live-blog paragraph is part of that paragraph.
        if (!wrapper && TextStats.BLOCK_TAGS.contains(tag) && !tag.equals("td") && !tag.equals("th")
                && s.text <= 150 && isMetadataLine(e)) {
            return true;
        }
        if (BoilerplateVocabulary.isBoilerplate(tokens) && s.text < 2000) {
            return true;
        }
        double linkDensity = s.linkDensity();
        if (LINK_LIST_TAGS.contains(tag) && linkDensity > 0.5 && e.select("a").size() >= 2) {
            return true;
        }
        if (tag.equals("p") && linkDensity > 0.8 && s.text < 200) {
            return true;
        }
        if (!wrapper && s.text <= 60 && HEADING_LIKE_TAGS.contains(tag) && isCommentsHeading(e)) {
            return true;
        }
        if (!wrapper && SHORT_BLOCK_TAGS.contains(tag) && s.text <= MAX_LEAD_BOX_TEXT && isReadAlsoBox(e, s)) {
            return true;
        }
        return false;
    }

    private static boolean isWrapper(Element e) {
        int elements = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof Element) {
                elements++;
            } else if (child instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return elements == 1;
    }

    /** A byline, date or copyright line: short, led by "Автор:"/"By …"/"Published", not a sentence. */
    private static boolean isMetadataLine(Element e) {
        String text = TextNormalizer.normalize(e.text());
        if (text.isEmpty()) {
            return false;
        }
        if (BoilerplateVocabulary.COPYRIGHT.matcher(text).find() || BoilerplateVocabulary.isDateLine(text)) {
            return true;
        }
        if (BoilerplateVocabulary.CREDIT_LINE.matcher(text).lookingAt()) {
            return true;
        }
        if (BoilerplateVocabulary.DATED_LINE.matcher(text).lookingAt() && text.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        char end = text.charAt(text.length() - 1);
        return BoilerplateVocabulary.BY_LINE.matcher(text).lookingAt() && ".!?…»\"".indexOf(end) < 0;
    }

    /** "Комментарии (3)", "Leave a Reply": the comment section's heading; what follows it goes too. */
    private static boolean isCommentsHeading(Element e) {
        if (!BoilerplateVocabulary.COMMENTS_HEADING.matcher(TextNormalizer.normalize(e.text())).matches()) {
            return false;
        }
        Element next = e.nextElementSibling();
        while (next != null) {
            Element following = next.nextElementSibling();
            next.remove();
            next = following;
        }
        return true;
    }

    /** "Read also: …", "Comments", "Share this": a short block that starts with such a lead-in. */
    private static boolean isReadAlsoBox(Element e, TextStats.Stats s) {
        String text = TextNormalizer.normalize(e.text());
        var lead = BoilerplateVocabulary.BOILERPLATE_LEAD.matcher(text);
        if (!lead.lookingAt()) {
            return false;
        }
        Element firstChild = e.firstElementChild();
        if (firstChild != null && firstChild.text().length() <= 60
                && BoilerplateVocabulary.BOILERPLATE_LEAD.matcher(TextNormalizer.normalize(firstChild.text())).lookingAt()
                && TextNormalizer.normalize(firstChild.text()).length() < text.length()) {
            return true; // a box headed "Become a member", "Related": the heading speaks for the box
        }
        String rest = text.substring(lead.end()).stripLeading();
        boolean delimited = rest.isEmpty() || ":—–-»|".indexOf(rest.charAt(0)) >= 0;
        boolean isHeadingLike = text.length() <= 60;
        if (delimited || isHeadingLike || s.linkDensity() >= 0.5) {
            if (isHeadingLike) {
                Element next = e.nextElementSibling();
                // The heading of a link list goes together with the list.
                if (next != null && LINK_LIST_TAGS.contains(next.normalName()) && next.select("a").size() >= 1) {
                    next.remove();
                }
            }
            return true;
        }
        return false;
    }
}
