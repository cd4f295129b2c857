package io.newsroom.nlp.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of quote marks within one line: «…», „…“, „…”, “…” and "…". One pass with a stack per line, so unpaired
 * marks cost nothing and the work is linear; a closing mark matches the nearest fitting opener at most
 * {@value #MAX_SKIP} levels down (a stray mark in between is skipped). Only outermost pairs are returned:
 * „…“ nested in «…» is part of the quote.
 */
final class QuoteMarks {

    private static final int MAX_SKIP = 3;

    private QuoteMarks() {
    }

    /** Outermost pairs as {open token, close token}, in text order. */
    static List<int[]> pairs(TokenizedText t) {
        List<int[]> pairs = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0 && t.line(i) != t.line(i - 1)) {
                stack.clear();
            }
            if (!t.is(i, "«»„“”\"")) {
                continue;
            }
            char c = t.word(i).charAt(0);
            switch (c) {
                case '«', '„' -> stack.add(i);
                case '»' -> close(t, stack, pairs, i, "«");
                case '“' -> {
                    if (!close(t, stack, pairs, i, "„")) {
                        stack.add(i);
                    }
                }
                case '”' -> close(t, stack, pairs, i, "“„");
                default -> {
                    if (!close(t, stack, pairs, i, "\"")) {
                        stack.add(i);
                    }
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> outermost = new ArrayList<>();
        int lastClose = -1;
        for (int[] p : pairs) {
            if (p[0] > lastClose) {
                outermost.add(p);
                lastClose = p[1];
            }
        }
        return outermost;
    }

    private static boolean close(TokenizedText t, List<Integer> stack, List<int[]> pairs, int at, String openers) {
        for (int k = stack.size() - 1; k >= 0 && stack.size() - 1 - k <= MAX_SKIP; k--) {
            int open = stack.get(k);
            if (openers.indexOf(t.word(open).charAt(0)) >= 0) {
                pairs.add(new int[] {open, at});
                stack.subList(k, stack.size()).clear();
                return true;
            }
        }
        return false;
    }
}
