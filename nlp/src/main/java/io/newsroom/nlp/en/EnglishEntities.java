package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.nlp.LanguageEntities;
import io.newsroom.nlp.ner.CodePoints;
import io.newsroom.nlp.ner.MentionFinder;
import io.newsroom.nlp.ner.Token;
import io.newsroom.nlp.ner.TypedSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English entities: mentions from {@link EnglishTagger} grouped into one entity per referent, with a canonical
 * name. People group by surname with titles and possessives left out ("Merkel", "Chancellor Merkel",
 * "Ms. Merkel's" and "Angela Merkel" are one "Angela Merkel", the fullest form written); a lone first name
 * joins the only person with that first name. Places and organisations group by their words (case and the
 * periods of abbreviations aside: "U.S." = "US"), and an acronym joins the name it abbreviates ("WHO" =
 * "World Health Organization", "US" = "United States"). Thread-safe.
 */
public final class EnglishEntities implements LanguageEntities {

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "&", "de", "in", "on", "at", "to");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private final MentionFinder tagger;
    private final String version;
    private final EnglishTokenizer tokenizer = new EnglishTokenizer();

    public EnglishEntities(MentionFinder tagger) {
        this(tagger, "en-4");
    }

    EnglishEntities(MentionFinder tagger, String version) {
        this.tagger = tagger;
        this.version = version;
    }

    /** With the model and gazetteers shipped in the jar ({@value EnglishTagger#DEFAULT_MODEL_RESOURCE}). */
    public static EnglishEntities withDefaultModel() {
        EnglishTagger tagger = EnglishTagger.loadDefault();
        if (tagger == null) {
            throw new IllegalStateException("no English entity model on the classpath at "
                    + EnglishTagger.DEFAULT_MODEL_RESOURCE + "; train one with ./pipeline train entities --language en");
        }
        return new EnglishEntities(tagger);
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public String version() {
        return version;
    }

    /** All mentions of the entities, as typed spans (for scoring). */
    public static List<TypedSpan> mentions(List<Entity> entities) {
        List<TypedSpan> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                out.add(new TypedSpan(m.start(), m.end(), e.type()));
            }
        }
        return out;
    }

    private static final class Group {
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        List<String> words;
        String firstName;
        boolean acronym;

        Group(EntityType type) {
            this.type = type;
        }

        int firstStart() {
            return mentions.stream().mapToInt(Mention::start).min().orElse(0);
        }

        /** Takes a fuller or better-written form as the name: more words, mixed case over capitals. */
        void offer(List<String> name) {
            if (words == null || better(name, words)) {
                words = name;
            }
        }

        private boolean better(List<String> candidate, List<String> current) {
            boolean candidateAcronym = candidate.size() == 1 && isAcronym(candidate.get(0));
            if (acronym && !candidateAcronym) {
                return true;
            }
            if (candidateAcronym && !acronym) {
                return false;
            }
            if (candidate.size() != current.size()) {
                return candidate.size() > current.size() && (type == EntityType.PERSON || acronym);
            }
            return allCapitals(current) && !allCapitals(candidate);
        }

        String name() {
            List<String> w = words;
            if (allCapitals(w) && !(w.size() == 1 && w.get(0).length() <= 5)) {
                w = w.stream().map(EnglishEntities::titleCase).toList();
            }
            return String.join(" ", w);
        }
    }

    @Override
    public List<Entity> entities(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String tagged = LanguageEntities.taggedPart(text);
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        List<Object[]> lone = new ArrayList<>();
        CodePoints.Slicer slicer = new CodePoints.Slicer(text);
        for (TypedSpan span : tagger.find(tagged)) {
            String surface = slicer.slice(span.start(), span.end());
            List<String> words = nameWords(surface, span.type());
            if (words.isEmpty()) {
                continue;
            }
            Mention mention = new Mention(span.start(), span.end(), surface);
            if (span.type() == EntityType.PERSON) {
                if (words.size() == 1) {
                    lone.add(new Object[] {mention, words});
                    continue;
                }
                Group g = byKey.computeIfAbsent("P:" + EnglishGazetteer.key(surname(words)),
                        k -> add(groups, new Group(EntityType.PERSON)));
                g.mentions.add(mention);
                g.offer(words);
                if (g.firstName == null) {
                    g.firstName = EnglishGazetteer.key(words.get(0));
                }
                continue;
            }
            String key = span.type().name().charAt(0) + ":" + EnglishGazetteer.key(String.join(" ", words));
            Group g = byKey.get(key);
            if (g == null) {
                g = groups.stream().filter(x -> x.type == span.type() && abbreviates(x.words, words)).findFirst().orElse(null);
            }
            if (g == null) {
                g = add(groups, new Group(span.type()));
                g.acronym = words.size() == 1 && isAcronym(words.get(0));
            }
            byKey.put(key, g);
            g.mentions.add(mention);
            boolean wasAcronym = g.acronym;
            g.offer(words);
            g.acronym = wasAcronym && g.words.size() == 1 && isAcronym(g.words.get(0));
        }
        for (Object[] l : lone) {
            Mention mention = (Mention) l[0];
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) l[1];
            String k = EnglishGazetteer.key(words.get(0));
            Group g = byKey.get("P:" + k);
            if (g == null) {
                List<Group> sameFirst = groups.stream().filter(x -> x.type == EntityType.PERSON && k.equals(x.firstName)).toList();
                g = sameFirst.size() == 1 ? sameFirst.get(0) : null;
            }
            if (g == null) {
                g = add(groups, new Group(EntityType.PERSON));
                byKey.put("P:" + k, g);
            }
            g.mentions.add(mention);
            g.offer(words);
        }
        groups.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        List<Entity> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            List<Mention> mentions = new ArrayList<>(g.mentions);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(new Entity("E" + (out.size() + 1), g.type, g.name(), List.copyOf(mentions)));
        }
        return out;
    }

    /** The words of a name: no possessive, no leading "the", no titles before a person. */
    private List<String> nameWords(String surface, EntityType type) {
        List<String> words = new ArrayList<>();
        for (Token t : tokenizer.tokenize(surface)) {
            String w = t.text();
            if (Character.isLetterOrDigit(w.codePointAt(0))) {
                words.add(w);
            }
        }
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        if (type == EntityType.PERSON) {
            while (words.size() > 1 && EnglishGazetteer.isTitle(words.get(0))) {
                words.remove(0);
            }
        }
        return words;
    }

    private static String surname(List<String> words) {
        for (int i = words.size() - 1; i > 0; i--) {
            if (!SUFFIXES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return words.get(i);
            }
        }
        return words.get(0);
    }

    private static Group add(List<Group> groups, Group g) {
        groups.add(g);
        return g;
    }

    /** One side is an acronym of the other ("WHO" / "World Health Organization", "U.S." / "United States"). */
    static boolean abbreviates(List<String> groupWords, List<String> words) {
        if (groupWords == null) {
            return false;
        }
        if (words.size() == 1 && isAcronym(words.get(0)) && groupWords.size() > 1) {
            return EnglishGazetteer.key(words.get(0)).equals(initials(groupWords));
        }
        if (groupWords.size() == 1 && isAcronym(groupWords.get(0)) && words.size() > 1) {
            return EnglishGazetteer.key(groupWords.get(0)).equals(initials(words));
        }
        return false;
    }

    static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                sb.appendCodePoint(Character.toLowerCase(w.codePointAt(0)));
            }
        }
        return sb.toString();
    }

    static boolean isAcronym(String w) {
        String letters = w.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6
                && letters.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean allCapitals(List<String> words) {
        return words.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
    }

    private static String titleCase(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }
}
