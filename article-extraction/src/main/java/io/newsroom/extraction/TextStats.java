package io.newsroom.extraction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measurements of every element under a root, computed in one iterative pass (no recursion, so
 * 10,000-deep markup is fine, and no per-element {@code text()} calls, so big pages stay linear). Lengths
 * count non-space characters.
 */
final class TextStats {

    /** Tags that start a new block of text. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "td", "th", "tr",
            "tbody", "thead", "tfoot", "table", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "h1",
            "h2", "h3", "h4", "h5", "h6", "form", "figure", "figcaption", "fieldset", "address", "center",
            "details", "summary", "body", "html", "caption", "hgroup", "menu", "dialog");

    /** Measurements of one element. */
    static final class Stats {
        /** All text below the element. */
        int text;
        /** Text inside links. */
        int link;
        /** Text inside {@code <p>}. */
        int paragraph;
        /** Text whose nearest block ancestor is this element (text outside child blocks). */
        int own;
        int commas;
        int ownCommas;
        /** Number of {@code <br>} elements below the element. */
        int lineBreaks;
        /** Number of {@code <h1>} elements at or below the element. */
        int headlines;
        /** Whether some descendant is a block element. */
        boolean hasBlockDescendant;

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats result = new TextStats();
        result.measure(root);
        return result;
    }

    Stats get(Element e) {
        Stats s = stats.get(e);
        return s == null ? new Stats() : s;
    }

    private void measure(Element root) {
        Deque<Element> blocks = new ArrayDeque<>();
        int[] anchorDepth = {0};
        int[] paragraphDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new Stats());
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        anchorDepth[0]++;
                    } else if (tag.equals("p")) {
                        paragraphDepth[0]++;
                    }
                    if (BLOCK_TAGS.contains(tag) || e == root) {
                        blocks.push(e);
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    String text = t.getWholeText();
                    int length = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (!TextNormalizer.isSpace(c)) {
                            length++;
                            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
                                commas++;
                            }
                        }
                    }
                    Stats s = stats.get(parent);
                    s.text += length;
                    s.commas += commas;
                    if (anchorDepth[0] > 0) {
                        s.link += length;
                    }
                    if (paragraphDepth[0] > 0) {
                        s.paragraph += length;
                    }
                    Element block = blocks.peek();
                    if (block != null) {
                        Stats b = stats.get(block);
                        b.own += length;
                        b.ownCommas += commas;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                String tag = e.normalName();
                if (tag.equals("a")) {
                    anchorDepth[0]--;
                } else if (tag.equals("p")) {
                    paragraphDepth[0]--;
                }
                boolean block = BLOCK_TAGS.contains(tag) || e == root;
                if (block && blocks.peek() == e) {
                    blocks.pop();
                }
                if (e == root) {
                    return;
                }
                Stats s = stats.get(e);
                if (tag.equals("h1")) {
                    s.headlines++;
                }
                Element parent = e.parent();
                Stats p = parent == null ? null : stats.get(parent);
                if (p != null) {
                    p.text += s.text;
                    p.link += s.link;
                    p.paragraph += s.paragraph;
                    p.commas += s.commas;
                    p.headlines += s.headlines;
                    p.lineBreaks += s.lineBreaks + (tag.equals("br") ? 1 : 0);
                    p.hasBlockDescendant |= s.hasBlockDescendant || BLOCK_TAGS.contains(tag);
                }
            }
        }, root);
    }
}
