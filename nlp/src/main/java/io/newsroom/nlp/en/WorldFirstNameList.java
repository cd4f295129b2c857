package io.newsroom.nlp.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes the world first-name list ({@code world-first-names.tsv}: {@code first<TAB>Name} lines):
 * {@code WorldFirstNameList <datafaker jar> <out file>}. Wire copy names people from everywhere ("Viktor
 * Chernomyrdin", "Jozef Moravcik", "Farooq Leghari"), and the English list ({@link FirstNameList}) knows few of them.
 * These are the first names of every locale of Datafaker ({@code net.datafaker:datafaker}, Apache License 2.0):
 * those in Latin script as written, those in Cyrillic as English-language news spells them ("Сергей" → "Sergei",
 * "Sergey"; "Александр" → "Aleksandr", "Alexander"). The rules use them, not the model's features (which the shipped
 * model was trained with), so this list can grow without retraining.
 */
public final class WorldFirstNameList {

    private static final Pattern KEY = Pattern.compile("\\s*(\\w+)\\s*:(.*)");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}'’-]{2,}");
    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}-]{2,}");
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"), Map.entry('ґ', "g"),
            Map.entry('ў', "u"), Map.entry('-', "-"));

    private WorldFirstNameList() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WorldFirstNameList <datafaker jar> <out world-first-names.tsv>");
            System.exit(2);
        }
        Set<String> names = new TreeSet<>();
        try (ZipFile jar = new ZipFile(args[0])) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith(".yml") && !entry.getName().contains("funny")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        names.addAll(firstNames(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        if (names.size() < 5000) {
            throw new IOException("only " + names.size() + " first names read from " + args[0] + ": not Datafaker's jar?");
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# First names of every Datafaker locale (net.datafaker:datafaker, Apache-2.0), Cyrillic ones as English\n"
                    + "# news spells them, by WorldFirstNameList\n");
            for (String name : names) {
                w.write("first\t" + name + "\n");
            }
        }
        System.out.printf("%d first names written to %s%n", names.size(), args[1]);
    }

    /** The first names of one locale file, Latin as written and Cyrillic spelt in Latin letters. */
    static Set<String> firstNames(String yaml) {
        List<String> items = new ArrayList<>();
        boolean inList = false;
        for (String line : yaml.split("\n")) {
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                String rest = key.group(2).strip();
                inList = rest.isEmpty() && key.group(1).contains("first_name");
                if (key.group(1).contains("first_name") && rest.startsWith("[")) {
                    items.addAll(List.of(rest.replaceAll("[\\[\\]]", "").split(",")));
                }
            } else if (inList && line.strip().startsWith("-")) {
                items.add(line.strip().substring(1));
            } else if (!line.isBlank()) {
                inList = false;
            }
        }
        Set<String> names = new TreeSet<>();
        for (String item : items) {
            String name = item.strip().replaceAll("^[\"']|[\"']$", "");
            if (LATIN.matcher(name).matches() && Character.isUpperCase(name.codePointAt(0)) && !FirstNameList.NOT_NAMES.contains(name)) {
                names.add(name);
            } else if (CYRILLIC.matcher(name).matches()) {
                names.addAll(spellings(name));
            }
        }
        return names;
    }

    /**
     * How English-language news spells a Cyrillic name: letter by letter, with the common variants of "-ий", "-ей"
     * and "кс" ("Dmitry"/"Dmitri", "Sergei"/"Sergey", "Aleksandr"/"Alexander").
     */
    static Set<String> spellings(String cyrillic) {
        String lower = cyrillic.toLowerCase(java.util.Locale.ROOT);
        StringBuilder latin = new StringBuilder();
        for (char c : lower.toCharArray()) {
            String s = LETTERS.get(c);
            if (s == null) {
                return Set.of();
            }
            latin.append(s);
        }
        Set<String> variants = new TreeSet<>();
        String plain = latin.toString();
        variants.add(plain);
        if (lower.endsWith("ий")) {
            variants.add(plain.substring(0, plain.length() - 2) + "y");
            variants.add(plain.substring(0, plain.length() - 2) + "i");
        }
        if (lower.endsWith("ей")) {
            variants.add(plain.substring(0, plain.length() - 1) + "i");
        }
        for (String v : Set.copyOf(variants)) {
            if (v.contains("ks")) {
                variants.add(v.replace("ks", "x"));
            }
            if (v.endsWith("andr")) {
                variants.add(v.replace("ks", "x").replaceAll("andr$", "ander"));
            }
        }
        Set<String> names = new TreeSet<>();
        for (String v : variants) {
            names.add(Character.toUpperCase(v.charAt(0)) + v.substring(1));
        }
        return names;
    }
}
