package io.newsroom.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a parsed page what can never be article text: code and embeds, form controls, hidden elements
 * (and the hidden duplicate copies of an article that some pages carry), and page furniture marked as such by
 * tag, ARIA role or class/id. {@code <form>} elements themselves stay: ASP.NET pages wrap the whole body in one.
 * An element holding most of the page's text is never removed as furniture, whatever its class says.
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button",
            "input", "select", "textarea", "option", "optgroup", "link", "meta", "dialog", "audio", "video",
            "map", "math", "head", "frameset", "frame", "applet", "datalist", "output", "progress", "label");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

    private static final Pattern STYLE_HIDDEN = Pattern.compile(
            "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    // One CSS rule: selectors then a declaration block. Both sides exclude braces, so matching is linear.
    private static final Pattern CSS_RULE = Pattern.compile("([^{}]{1,500})\\{([^{}]{0,2000})\\}");
    private static final Pattern RESPONSIVE_DISPLAY = Pattern.compile(
            "(?:(?:sm|md|lg|xl|2xl):(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)"
                    + "|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|inline-flex|grid|table))");
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("^([.#])([A-Za-z0-9_-]+)$");

    private PageCleaner() {
    }

    /**
     * Cleans {@code doc} in place.
     *
     * @param removeHidden whether hidden elements go (false is the retry for pages that hide their whole body
     *                     until a script runs)
     */
    static void clean(Document doc, boolean removeHidden) {
        Set<String> hiddenClasses = new HashSet<>(BoilerplateVocabulary.HIDDEN_CLASSES);
        Set<String> hiddenIds = new HashSet<>();
        if (removeHidden) {
            collectStylesheetHidden(doc, hiddenClasses, hiddenIds);
        }
        Element body = doc.body();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (NEVER_TEXT.contains(e.normalName()) && e != body) {
                    return FilterResult.REMOVE;
                }
                if (removeHidden && isHidden(e, hiddenClasses, hiddenIds)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);

        TextStats stats = TextStats.of(body);
        int bodyText = stats.get(body).text;
        int bodyParagraphs = stats.get(body).paragraph;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (!isFurniture(e)) {
                    return FilterResult.CONTINUE;
                }
                TextStats.Stats s = stats.get(e);
                // A furniture class on the element that holds the article (body class="has-sidebar" and the
                // like) must not take the article with it.
                boolean holdsArticle = s.text >= bodyText * 0.5 && bodyText > 0
                        || bodyParagraphs > 0 && s.paragraph >= bodyParagraphs * 0.6
                        || bodyParagraphs > 0 && s.paragraph >= bodyParagraphs * 0.25
                        && BoilerplateVocabulary.isContentWithLayoutClass(BoilerplateVocabulary.tokens(e));
                return holdsArticle ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
        }, body);
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            // An article's own <header> carries its headline and byline, which the metadata reader needs.
            return !(tag.equals("header") && (e.closest("article, main") != null || !e.select("h1").isEmpty()));
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (BoilerplateVocabulary.BOILERPLATE_ROLES.contains(role)) {
            return true;
        }
        List<String> tokens = BoilerplateVocabulary.tokens(e);
        return BoilerplateVocabulary.isBoilerplate(tokens);
    }

    static boolean isHidden(Element e, Set<String> hiddenClasses, Set<String> hiddenIds) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && STYLE_HIDDEN.matcher(style).find()) {
            return true;
        }
        if (!e.id().isEmpty() && hiddenIds.contains(e.id())) {
            return true;
        }
        boolean hiddenClass = false;
        for (String className : e.classNames()) {
            String name = className.toLowerCase(Locale.ROOT);
            if (RESPONSIVE_DISPLAY.matcher(name).matches()) {
                return false; // "hidden md:block", "d-none d-lg-block": shown on a desktop screen
            }
            hiddenClass |= hiddenClasses.contains(name);
        }
        return hiddenClass;
    }

    /** Class and id selectors that the page's own stylesheets hide, e.g. {@code .print-version{display:none}}. */
    private static void collectStylesheetHidden(Document doc, Set<String> classes, Set<String> ids) {
        for (Element style : doc.select("style")) {
            String css = style.data();
            if (css.length() > 200_000) {
                continue;
            }
            // @media print blocks would say what is hidden on paper, not on screen.
            css = css.replaceAll("@media[^{]{0,200}\\{([^{}]{0,2000}\\{[^{}]{0,2000}\\})*[^{}]{0,2000}\\}", "");
            Matcher rule = CSS_RULE.matcher(css);
            while (rule.find()) {
                if (!STYLE_HIDDEN.matcher(rule.group(2)).find()) {
                    continue;
                }
                for (String selector : rule.group(1).split(",")) {
                    Matcher simple = SIMPLE_SELECTOR.matcher(selector.strip());
                    if (simple.matches()) {
                        (simple.group(1).equals(".") ? classes : ids).add(
                                simple.group(1).equals(".") ? simple.group(2).toLowerCase(Locale.ROOT) : simple.group(2));
                    }
                }
            }
        }
    }
}
