package io.newsroom.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the article's elements as text: one paragraph per block (paragraph, heading, list item, table
 * row, {@code <br>}-separated line), paragraphs separated by a blank line, whitespace collapsed, NFC.
 */
final class ArticleTextWriter {

    private ArticleTextWriter() {
    }

    /**
     * @param title the article's title: a paragraph equal to it (a headline repeated in the body) is left out
     */
    static String write(List<Element> content, String title) {
        return String.join("\n\n", paragraphs(content, title));
    }

    /**
     * The paragraphs of the article, normalised (NFC, collapsed whitespace), without a repeated title.
     */
    static List<String> paragraphs(List<Element> content, String title) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // Non-space characters of the current paragraph outside links: a short line that is all link
        // ("« Back to the news list", a lone teaser) is navigation, not text.
        int[] unlinked = {0};
        int[] anchorDepth = {0};
        for (Element root : content) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        current.append(t.getWholeText());
                        if (anchorDepth[0] == 0) {
                            unlinked[0] += countNonSpace(t.getWholeText());
                        }
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("a")) {
                            anchorDepth[0]++;
                        }
                        if (tag.equals("br") || tag.equals("hr") || breaksParagraph(tag)) {
                            flush(current, paragraphs, unlinked);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("a")) {
                            anchorDepth[0]--;
                        }
                        if (breaksParagraph(tag)) {
                            flush(current, paragraphs, unlinked);
                        } else if (tag.equals("td") || tag.equals("th") || tag.equals("img")) {
                            current.append(' ');
                        }
                    }
                }
            }, root);
            flush(current, paragraphs, unlinked);
        }
        removeRepeatedTitle(paragraphs, title);
        paragraphs.replaceAll(p -> Normalizer.normalize(p, Normalizer.Form.NFC));
        return paragraphs;
    }

    /**
     * The first line of the content when it is a headline set in bold or a big font (old layouts without
     * {@code <h1>}): short, no sentence end, every character emphasised. Null otherwise.
     */
    static String emphasisedHeadline(List<Element> content) {
        if (content.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        int[] plain = {0};
        int[] emphasisDepth = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (!t.isBlank()) {
                        line.append(t.getWholeText());
                        if (emphasisDepth[0] == 0) {
                            plain[0] += countNonSpace(t.getWholeText());
                        }
                    }
                } else if (node instanceof Element e) {
                    if (isEmphasis(e)) {
                        emphasisDepth[0]++;
                    }
                    boolean lineEnd = e.normalName().equals("br") || breaksParagraph(e.normalName()) && depth > 0;
                    if (lineEnd && !line.toString().isBlank()) {
                        return FilterResult.STOP;
                    }
                }
                return line.length() > 300 ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && isEmphasis(e)) {
                    emphasisDepth[0]--;
                }
                if (node instanceof Element e && breaksParagraph(e.normalName()) && !line.toString().isBlank()) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, content.get(0));
        String headline = TextNormalizer.normalize(line.toString());
        if (headline.isEmpty() || headline.length() > 150 || plain[0] > 0
                || ".!?…:;,".indexOf(headline.charAt(headline.length() - 1)) >= 0) {
            return null;
        }
        return headline;
    }

    private static boolean isEmphasis(Element e) {
        String tag = e.normalName();
        if (tag.equals("b") || tag.equals("strong") || tag.matches("h[2-4]")) {
            return true;
        }
        String size = e.attr("size").strip();
        return tag.equals("font") && (size.matches("[4-7]") || size.matches("\\+[1-4]"));
    }

    /** Table cells stay on their row's line. */
    private static boolean breaksParagraph(String tag) {
        return TextStats.BLOCK_TAGS.contains(tag) && !tag.equals("td") && !tag.equals("th");
    }

    private static void flush(StringBuilder current, List<String> paragraphs, int[] unlinked) {
        if (current.length() == 0) {
            return;
        }
        String paragraph = TextNormalizer.normalize(current.toString());
        boolean allLink = unlinked[0] == 0;
        current.setLength(0);
        unlinked[0] = 0;
        if (!paragraph.isEmpty() && !(allLink && paragraph.length() < 100)
                && !BoilerplateVocabulary.isDateLine(paragraph)) {
            paragraphs.add(paragraph);
        }
    }

    private static int countNonSpace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!TextNormalizer.isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static void removeRepeatedTitle(List<String> paragraphs, String title) {
        if (title == null || title.isBlank() || paragraphs.isEmpty()) {
            return;
        }
        String wanted = title.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            if (paragraphs.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                paragraphs.remove(i);
                return;
            }
        }
    }
}
