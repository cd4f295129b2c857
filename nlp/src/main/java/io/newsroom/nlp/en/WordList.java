package io.newsroom.nlp.en;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the English word lexicon ({@code en-words.tsv}: {@code word<TAB>class} lines, the word in lower case, the
 * class {@code c} when the dictionary writes it only in lower case, {@code p} only capitalised, {@code cp} both):
 * {@code WordList <dictionary file> <out file>}. The dictionary is SCOWL's American English word list as Debian's
 * {@code wamerican} package installs it ({@code /usr/share/dict/american-english}: about 100,000 words with their
 * inflections, proper nouns capitalised; permissive licence, see the package's copyright file). Words with an
 * apostrophe ("Clinton's") are left out: the tokenizer splits possessives off.
 */
public final class WordList {

    /** SCOWL's licence asks for its notice in every copy. */
    static final String HEADER = """
            # English words (c: written in lower case, p: capitalised, cp: both), by WordList from SCOWL's American
            # English list (Debian package wamerican). SCOWL's notice:
            # Copyright 2000-2011 by Kevin Atkinson
            # Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the
            # output created from the scripts, and its documentation for any purpose is hereby granted without fee,
            # provided that the above copyright notice appears in all copies and that both that copyright notice and
            # this permission notice appear in supporting documentation. Kevin Atkinson makes no representations
            # about the suitability of this array for any purpose. It is provided "as is" without express or implied
            # warranty.
            """;

    private WordList() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WordList </usr/share/dict/american-english> <out en-words.tsv>");
            System.exit(2);
        }
        Map<String, String> classes = classes(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        if (classes.size() < 20_000) {
            throw new IOException("only " + classes.size() + " words read from " + args[0] + ": not a dictionary word list?");
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (Map.Entry<String, String> e : classes.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.printf("%d words written to %s%n", classes.size(), args[1]);
    }

    /** Each word's lexicon key and class, from a dictionary's lines (one word a line). */
    static Map<String, String> classes(List<String> dictionary) {
        Map<String, String> classes = new TreeMap<>();
        for (String line : dictionary) {
            String word = line.strip();
            if (word.isEmpty() || word.indexOf('\'') >= 0 || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            String c = Character.isUpperCase(word.codePointAt(0)) ? EnglishLexicon.PROPER : EnglishLexicon.COMMON;
            classes.merge(EnglishGazetteer.key(word), c, (a, b) -> a.equals(b) ? a : EnglishLexicon.BOTH);
        }
        return classes;
    }
}
