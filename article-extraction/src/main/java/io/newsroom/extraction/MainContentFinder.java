package io.newsroom.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element (and the sibling elements) that hold the article in a cleaned page, by the Readability
 * method: every block of prose scores for its ancestors (more for commas and length, less with distance),
 * ancestors are weighted by tag and by content/boilerplate class names, discounted by link density, and the
 * best one is widened to a parent that scores as well and to siblings that continue the article (an article
 * split over several divs with ads between).
 */
final class MainContentFinder {

    private static final Set<String> SCORED_LEAF_TAGS = Set.of(
            "p", "pre", "td", "blockquote", "div", "section", "article", "main", "dd", "li", "font", "center",
            "form");
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final int MIN_BLOCK_TEXT = 20;
    private static final int ANCESTOR_LEVELS = 5;

    private MainContentFinder() {
    }

    /** The article's elements in document order; empty when the page has no text at all. */
    static List<Element> find(Element body) {
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                TextStats.Stats s = stats.get(e);
                Element start;
                int length;
                int commas;
                int paragraphsInBlock = 1;
                if (!s.hasBlockDescendant && SCORED_LEAF_TAGS.contains(e.normalName()) && e != body) {
                    if (e.normalName().equals("li") && s.text < 100) {
                        return; // short list items are menus and link lists, not prose
                    }
                    // Text split by <br><br> is several paragraphs in one element (Readability turns them into
                    // <p>s): the element is then their container, not a paragraph of its parent.
                    boolean brParagraphs = s.lineBreaks >= 2 && !e.normalName().equals("p");
                    start = brParagraphs ? e : e.parent();
                    length = s.text;
                    commas = s.commas;
                    paragraphsInBlock = brParagraphs ? 1 + s.lineBreaks / 2 : 1;
                } else if (s.hasBlockDescendant && s.own >= MIN_BLOCK_TEXT) {
                    start = e; // text directly in a container, e.g. <div>text<br><br>text<div>…</div></div>
                    length = s.own;
                    commas = s.ownCommas;
                } else {
                    return;
                }
                if (length < MIN_BLOCK_TEXT || s.linkDensity() > 0.6 || start == null) {
                    return;
                }
                double blockScore = 1 + commas + Math.min(length / 100.0, 3.0 * paragraphsInBlock);
                Element ancestor = start;
                for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                    if (!scores.containsKey(ancestor)) {
                        scores.put(ancestor, initialScore(ancestor));
                        candidates.add(ancestor);
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(ancestor, blockScore / divider, Double::sum);
                    if (ancestor == body) {
                        break;
                    }
                    ancestor = ancestor.parent();
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
            }
        }, body);

        if (candidates.isEmpty()) {
            return bestBlockWithoutCandidates(body, stats);
        }
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        Element top = null;
        for (Element candidate : candidates) {
            double score = scores.get(candidate) * (1 - stats.get(candidate).linkDensity());
            finalScores.put(candidate, score);
            if (top == null || score > finalScores.get(top)) {
                top = candidate;
            }
        }
        top = widen(top, finalScores, body);
        return withSiblings(top, finalScores, stats, body);
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        score += classWeight(e.className()) + classWeight(e.id());
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 30;
        }
        return score;
    }

    private static int classWeight(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        Element probe = new Element("div").attr("class", value);
        List<String> tokens = BoilerplateVocabulary.tokens(probe);
        int weight = 0;
        if (BoilerplateVocabulary.isBoilerplate(tokens) || BoilerplateVocabulary.isMetadata(tokens)) {
            weight -= 25;
        }
        if (BoilerplateVocabulary.isContent(tokens)) {
            weight += 25;
        }
        return weight;
    }

    /** Readability's climb: a parent that scores as well as the best candidate holds more of the article. */
    private static Element widen(Element top, Map<Element, Double> scores, Element body) {
        double lastScore = scores.get(top);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        // A lone child says nothing its parent does not; the parent may also hold headings around it.
        double topScore = scores.get(top);
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
            scores.merge(top, topScore, Math::max);
        }
        return top;
    }

    /** The top candidate and the siblings that continue it, in document order. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats,
                                              Element body) {
        List<Element> content = new ArrayList<>();
        Element parent = top.parent();
        if (top == body || parent == null) {
            content.add(top);
            return content;
        }
        double topScore = scores.get(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> siblings = parent.children();
        boolean[] keep = new boolean[siblings.size()];
        int first = -1;
        int last = -1;
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            boolean append = sibling == top;
            if (!append && isHeadlineBlock(sibling, stats)) {
                continue;
            }
            if (!append) {
                double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                        ? topScore * 0.2 : 0;
                Double score = scores.get(sibling);
                TextStats.Stats s = stats.get(sibling);
                if (score != null && score + bonus >= threshold) {
                    append = true;
                } else if (!s.hasBlockDescendant && isProse(sibling)) {
                    double linkDensity = s.linkDensity();
                    String text = sibling.text();
                    append = (s.text > 80 && linkDensity < 0.25
                            || s.text > 0 && s.text <= 80 && linkDensity == 0 && endsSentence(text))
                            && !BoilerplateVocabulary.COPYRIGHT.matcher(text).find();
                }
            }
            if (append) {
                keep[i] = true;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            // Sub-headings between two kept parts belong to the article.
            if (keep[i] || i > first && i < last && HEADING_TAGS.contains(sibling.normalName())) {
                content.add(sibling);
            }
        }
        return content;
    }

    /** The block with the headline (and kicker, byline, date) above the body: not body text itself. */
    private static boolean isHeadlineBlock(Element e, TextStats stats) {
        return (e.normalName().equals("h1") || e.selectFirst("h1") != null) && stats.get(e).paragraph < 200;
    }

    private static boolean isProse(Element e) {
        String tag = e.normalName();
        return tag.equals("p") || tag.equals("div") || tag.equals("blockquote") || tag.equals("section");
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?…»\"".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A page without prose blocks: its longest stretch of text, if any. */
    private static List<Element> bestBlockWithoutCandidates(Element body, TextStats stats) {
        Element best = null;
        for (Element e : body.getAllElements()) {
            TextStats.Stats s = stats.get(e);
            int length = s.hasBlockDescendant ? s.own : s.text;
            if (length > 0 && (best == null || length > (stats.get(best).hasBlockDescendant
                    ? stats.get(best).own : stats.get(best).text))) {
                best = e;
            }
        }
        List<Element> content = new ArrayList<>();
        if (best != null) {
            content.add(best);
        }
        return content;
    }
}
