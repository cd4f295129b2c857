package io.newsroom.nlp.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a text/plain article, read from its first paragraphs (non-empty lines): title, an optional short
 * subtitle before the byline, the bylines (their authors), and the lead, the first real body paragraph after
 * them. Only the first {@value #HEAD_PARAGRAPHS} paragraphs are read, so a huge text costs no more than a small one.
 */
public record ArticleLayout(String subtitle, List<String> authors, String lead, List<String> bodyParagraphs) {

    private static final int HEAD_PARAGRAPHS = 12;
    /** A subtitle is a line, not a paragraph of prose. */
    private static final int MAX_SUBTITLE = 300;
    /** Shorter lines after the byline are captions or credits, not the lead. */
    private static final int MIN_LEAD = 40;

    public static ArticleLayout of(String text) {
        List<String> paragraphs = headParagraphs(text);
        if (paragraphs.isEmpty()) {
            return new ArticleLayout(null, List.of(), null, List.of());
        }
        int firstByline = -1;
        int lastByline = -1;
        List<String> authors = new ArrayList<>();
        for (int i = 1; i < paragraphs.size() && i <= 6; i++) {
            if (Bylines.isByline(paragraphs.get(i))) {
                firstByline = firstByline < 0 ? i : firstByline;
                lastByline = i;
                for (String a : Bylines.authors(paragraphs.get(i))) {
                    if (!authors.contains(a)) {
                        authors.add(a);
                    }
                }
            } else if (firstByline >= 0) {
                break;
            }
        }
        String subtitle = null;
        int bodyFrom = Math.max(1, lastByline + 1);
        if (paragraphs.size() > 2) {
            String second = paragraphs.get(1);
            boolean beforeByline = firstByline > 1 && second.length() <= MAX_SUBTITLE;
            boolean headlineLike = firstByline < 0 && second.length() <= 200 && !endsSentence(second);
            if (beforeByline || headlineLike) {
                subtitle = second;
                bodyFrom = Math.max(bodyFrom, 2);
            }
        }
        String lead = null;
        List<String> body = new ArrayList<>();
        for (int i = bodyFrom; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (Bylines.isByline(p)) {
                continue;
            }
            if (lead == null && (p.length() >= MIN_LEAD || endsSentence(p))) {
                lead = p;
            }
            if (lead != null) {
                body.add(p);
            }
        }
        return new ArticleLayout(subtitle, List.copyOf(authors), lead, List.copyOf(body));
    }

    private static boolean endsSentence(String p) {
        char last = p.charAt(p.length() - 1);
        return ".!?…»\"”".indexOf(last) >= 0;
    }

    private static List<String> headParagraphs(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < text.length() && out.size() < HEAD_PARAGRAPHS) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
            from = end + 1;
        }
        return out;
    }
}
