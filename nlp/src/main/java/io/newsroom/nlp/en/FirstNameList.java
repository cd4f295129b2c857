package io.newsroom.nlp.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;

/**
 * Writes the English first-name list ({@code en-first-names.tsv}: {@code first<TAB>Name} lines):
 * {@code FirstNameList <datafaker jar> <out file>}. The names are Datafaker's English male and female first names
 * ({@code en/name.yml} in {@code net.datafaker:datafaker}, Apache License 2.0), about 5,500 given names common in
 * English-speaking countries. Its surnames are left out: they are few and partly invented. Months and weekdays
 * ("May", "June") are left out too: they are far more often dates than names in news.
 */
public final class FirstNameList {

    /** Months and weekdays, in news far more often dates than names (also left out of {@link WorldFirstNameList}). */
    static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");

    private FirstNameList() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FirstNameList <datafaker jar> <out en-first-names.tsv>");
            System.exit(2);
        }
        Set<String> names = new TreeSet<>();
        try (ZipFile jar = new ZipFile(args[0]); InputStream in = jar.getInputStream(jar.getEntry("en/name.yml"))) {
            String section = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.endsWith(":")) {
                    section = t;
                } else if (t.startsWith("- \"") && t.endsWith("\"")
                        && (section.equals("male_first_name:") || section.equals("female_first_name:"))) {
                    String name = t.substring(3, t.length() - 1);
                    if (!name.contains("#{") && !NOT_NAMES.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.size() < 1000) {
            throw new IOException("only " + names.size() + " first names read from " + args[0] + ": not Datafaker's en/name.yml?");
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# English first names: Datafaker en/name.yml (net.datafaker:datafaker, Apache-2.0), by FirstNameList\n");
            for (String name : names) {
                w.write("first\t" + name + "\n");
            }
        }
        System.out.printf("%d first names written to %s%n", names.size(), args[1]);
    }
}
