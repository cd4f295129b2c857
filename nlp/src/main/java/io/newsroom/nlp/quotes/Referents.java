package io.newsroom.nlp.quotes;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.nlp.ner.RussianMorphology.Analysis;
import io.newsroom.nlp.ner.RussianMorphology.Reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people (and organisations) a quote can be attributed to, with every place the text names them, and the
 * memory used to resolve references ("он", "российский лидер", "the president").
 *
 * <p>People come from the entity stage when it found any; otherwise from the text itself: Russian words the
 * dictionary tags as first names or surnames, English runs of capitalised words (two or more, or one after a
 * title such as "Mayor"). Either way, a mention is "subject-like" when it is the first person named in its
 * sentence and can be in the nominative: the person a later "он" or "глава государства" most likely means.
 */
final class Referents {

    enum Gender { MALE, FEMALE, UNKNOWN }

    static final class Person {
        String name;
        final String entityId;
        Gender gender;

        Person(String name, String entityId, Gender gender) {
            this.name = name;
            this.entityId = entityId;
            this.gender = gender;
        }
    }

    /** Tokens [from, to) naming {@code person}. */
    record Named(int from, int to, Person person, boolean subject) {
    }

    private static final Set<String> EN_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "president", "mayor",
            "governor", "senator", "chancellor", "minister", "secretary", "judge", "general", "prime", "premier",
            "sir", "dame", "professor", "prof", "rep", "sen", "gov", "coach", "captain", "chief", "inspector");
    /** Capitalised English words that are not names: sentence openers, calendar words, organisation words. */
    private static final Set<String> EN_NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "if",
            "when", "while", "after", "before", "this", "that", "it", "he", "she", "they", "we", "i", "his", "her",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "house", "ministry", "council", "bank", "university", "street", "agency", "company", "inc", "corp",
            "party", "department", "office", "committee", "court", "union", "parliament", "government", "city",
            "new", "united", "national", "state", "states", "airport", "station", "hospital", "school", "port",
            "north", "south", "east", "west", "central", "river", "lake", "reuters", "ap", "afp", "according",
            "as", "there", "our", "you", "what", "why", "how", "asked", "said");

    private final TokenizedText text;
    private final SpeechLexicon lexicon;
    private final List<Named> people = new ArrayList<>();
    private final List<Named> organisations = new ArrayList<>();
    private final Map<String, Person> descriptions = new HashMap<>();

    private Referents(TokenizedText text, SpeechLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
    }

    /** From the entity stage's PERSON and ORGANIZATION entities, or, when it found no person, from the text. */
    static Referents of(TokenizedText text, List<Entity> entities, SpeechLexicon lexicon) {
        Referents r = new Referents(text, lexicon);
        boolean anyPerson = entities.stream().anyMatch(e -> e.type() == EntityType.PERSON);
        List<int[]> spans = new ArrayList<>();
        List<Person> owners = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION) {
                continue;
            }
            Person p = new Person(e.name(), e.id(), r.gender(e.name().split(" ")));
            for (Mention m : e.mentions()) {
                int from = text.tokenAt(m.start());
                int to = text.tokenAt(Math.max(m.start(), m.end() - 1)) + 1;
                if (from < to && to <= text.size()) {
                    if (e.type() == EntityType.PERSON) {
                        spans.add(new int[] {from, to});
                        owners.add(p);
                    } else {
                        r.organisations.add(new Named(from, to, p, false));
                    }
                }
            }
        }
        r.organisations.sort(java.util.Comparator.comparingInt(Named::from));
        if (!anyPerson) {
            r.spot(spans, owners);
        }
        r.markSubjects(spans, owners);
        return r;
    }

    /** Keeps people in text order and flags the first nominative-compatible person of each sentence. */
    private void markSubjects(List<int[]> spans, List<Person> owners) {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        int lastSentence = -1;
        for (int i : order) {
            int[] s = spans.get(i);
            int sentence = text.sentence(s[0]);
            boolean subject = sentence != lastSentence && canBeSubject(s[0], s[1]);
            lastSentence = sentence;
            people.add(new Named(s[0], s[1], owners.get(i), subject));
        }
    }

    private boolean canBeSubject(int from, int to) {
        if (from > 0 && text.isWord(from - 1) && !SpeechLexicon.isCyrillic(text.word(from - 1))
                && Set.of("to", "with", "by", "from", "for", "at", "on", "in", "of", "and").contains(text.lower(from - 1))) {
            return false;
        }
        String last = text.word(to - 1);
        if (!SpeechLexicon.isCyrillic(last)) {
            return true;
        }
        List<Reading> readings = lexicon.analyze(last).readings();
        if (readings.isEmpty()) {
            return true;
        }
        for (Reading r : readings) {
            String tag = r.tag();
            if (tag.contains(":Nom") || !(tag.contains(":R") || tag.contains(":D") || tag.contains(":V")
                    || tag.contains(":T") || tag.contains(":P"))) {
                return true;
            }
        }
        return false;
    }

    /** Finds people in the text when no entities are given (see the class comment). */
    private void spot(List<int[]> spans, List<Person> owners) {
        Map<String, Person> byKey = new LinkedHashMap<>();
        for (int i = 0; i < text.size(); ) {
            int end = SpeechLexicon.isCyrillic(text.word(i)) ? russianName(i) : englishName(i);
            if (end <= i) {
                i++;
                continue;
            }
            int from = i;
            while (from < end && !text.isCapitalised(from) || isTitle(from, end)) {
                from++; // titles ("Mayor") describe the person; the name starts after them
            }
            String key = key(from, end);
            Person p = byKey.get(key);
            String name = nominativeName(from, end);
            if (p == null) {
                p = new Person(name, null, Gender.UNKNOWN);
                byKey.put(key, p);
            } else if (name.split(" ").length > p.name.split(" ").length) {
                p.name = name; // "Михаил Мишустин" after "Мишустин"
            }
            if (p.gender == Gender.UNKNOWN) {
                p.gender = from > i ? titleGender(text.lower(i)) : gender(text.span(from, end).split(" "));
            }
            spans.add(new int[] {from, end});
            owners.add(p);
            i = end;
        }
        // English surnames alone ("Lopez said") name the person introduced in full before.
        for (int i = 0; i < text.size(); i++) {
            if (!SpeechLexicon.isCyrillic(text.word(i)) && text.isCapitalised(i) && !inSpans(spans, i)) {
                Person p = byKey.get(text.lower(i));
                if (p != null) {
                    spans.add(new int[] {i, i + 1});
                    owners.add(p);
                }
            }
        }
    }

    private static boolean inSpans(List<int[]> spans, int i) {
        for (int[] s : spans) {
            if (s[0] <= i && i < s[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitle(int i, int end) {
        return i < end - 1 && !SpeechLexicon.isCyrillic(text.word(i)) && EN_TITLES.contains(text.lower(i).replace(".", ""));
    }

    private static Gender titleGender(String title) {
        return switch (title.replace(".", "")) {
            case "mr", "sir" -> Gender.MALE;
            case "mrs", "ms", "miss", "dame" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /** End of a Russian personal name starting at {@code i} (first names, patronymics, surnames), or i. */
    private int russianName(int i) {
        int end = i;
        boolean sawName = false;
        while (end < text.size() && text.isCapitalised(end) && SpeechLexicon.isCyrillic(text.word(end))
                && text.line(end) == text.line(i)) {
            String w = text.word(end);
            if (w.length() < 2 || w.equals(w.toUpperCase(Locale.ROOT))) {
                break;
            }
            Analysis a = lexicon.analyze(w);
            boolean name = a.hasTag("Name") || a.hasTag("Patr");
            boolean surname = a.hasTag("Fam") && !(a.hasTag("ADJ") && adjectiveLike(a));
            boolean afterName = sawName; // "Артем Лисин", "Антон Белых": a capitalised word after a first name is the surname
            if (!(name || surname || afterName) || lexicon.role(w) != null
                    || SpeechLexicon.nationality(w) != null) {
                break;
            }
            sawName |= name;
            end++;
        }
        return end;
    }

    /** "Белорусского" has a surname reading, but its lemma is an adjective's; "Ивановой" is a surname. */
    private static boolean adjectiveLike(Analysis a) {
        for (Reading r : a.readings()) {
            if (r.tag().startsWith("ADJ:Posit") && (r.lemma().endsWith("ский") || r.lemma().endsWith("цкий")
                    || r.lemma().endsWith("ной") || r.lemma().endsWith("ый") || r.lemma().endsWith("ий"))) {
                return true;
            }
        }
        return false;
    }

    /** End of an English name (optionally after a title) starting at {@code i}, or i. */
    private int englishName(int i) {
        int end = i;
        int titles = 0;
        while (end < text.size() && text.isWord(end) && text.isCapitalised(end) && text.line(end) == text.line(i)
                && !SpeechLexicon.isCyrillic(text.word(end))) {
            String lower = text.lower(end).replace(".", "");
            if (EN_TITLES.contains(lower) && end - i == titles) {
                titles++;
            } else if (EN_NOT_NAMES.contains(lower) || text.word(end).equals(text.word(end).toUpperCase(Locale.ROOT))) {
                break;
            }
            end++;
            if (end < text.size() && text.is(end, ".") && text.word(end - 1).length() <= 3 && titles == end - i) {
                end++; // "Mr." "Dr."
                titles++;
            }
        }
        int nameWords = end - i - titles;
        return nameWords >= 2 || (nameWords == 1 && titles > 0) ? end : i;
    }

    private String key(int from, int end) {
        String last = text.word(end - 1);
        if (!SpeechLexicon.isCyrillic(last)) {
            return last.toLowerCase(Locale.ROOT);
        }
        Analysis a = lexicon.analyze(last);
        for (String part : new String[] {"Fam", "Name"}) {
            for (Reading r : a.readings()) {
                if (r.tag().contains(part)) {
                    return r.lemma();
                }
            }
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /**
     * Russian names in the nominative from the dictionary's lemmas ("Михаилом Мишустиным" → "Михаил Мишустин"). A
     * surname takes the gender of the first name beside it ("Игоря Шилова" → "Шилов"); alone, the masculine reading
     * wins when there is one ("Путина" → "Путин", "Сазоновой" → "Сазонова").
     */
    private String nominativeName(int from, int end) {
        String gender = ":Masc";
        for (int i = from; i < end; i++) {
            for (Reading r : SpeechLexicon.isCyrillic(text.word(i)) ? lexicon.analyze(text.word(i)).readings()
                    : List.<Reading>of()) {
                if (r.tag().contains("Name") && r.tag().contains(":Fem")) {
                    gender = ":Fem";
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < end; i++) {
            String w = text.word(i);
            if (w.equals(".")) {
                continue;
            }
            String out = w;
            if (SpeechLexicon.isCyrillic(w)) {
                Reading best = null;
                int bestScore = -1;
                for (Reading r : lexicon.analyze(w).readings()) {
                    String tag = r.tag();
                    if (tag.contains("Name") || tag.contains("Fam") || tag.contains("Patr")) {
                        int score = (tag.contains(gender) ? 2 : 0) + (tag.contains(":Nom") ? 1 : 0);
                        if (score > bestScore) {
                            best = r;
                            bestScore = score;
                        }
                    }
                }
                if (best != null && best.tag().contains("Patr")) {
                    continue; // patronymics are left out of canonical names
                }
                if (best != null) {
                    String lemma = best.tag().contains("Fam") && best.tag().contains("Fem")
                            ? feminineSurname(best.lemma()) : best.lemma();
                    out = Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
                }
            } else if (w.endsWith("'s") || w.endsWith("’s")) {
                out = w.substring(0, w.length() - 2);
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(out);
        }
        return sb.toString();
    }

    /** The dictionary lemmatises "Сазоновой" to the masculine "сазонов"; a woman's surname keeps her form. */
    private static String feminineSurname(String lemma) {
        for (String[] e : new String[][] {{"ский", "ская"}, {"цкий", "цкая"}, {"ов", "ова"}, {"ев", "ева"},
                {"ёв", "ёва"}, {"ин", "ина"}, {"ын", "ына"}}) {
            if (lemma.endsWith(e[0])) {
                return lemma.substring(0, lemma.length() - e[0].length()) + e[1];
            }
        }
        return lemma;
    }

    /** A person's gender when a Russian first name or surname tells it; English names do not. */
    private Gender gender(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !SpeechLexicon.isCyrillic(w)) {
                continue;
            }
            boolean fem = false;
            boolean masc = false;
            for (Reading r : lexicon.analyze(w).readings()) {
                if (r.tag().contains("Name") || r.tag().contains("Fam")) {
                    fem |= r.tag().contains("Fem");
                    masc |= r.tag().contains("Masc");
                }
            }
            if (fem != masc) {
                return fem ? Gender.FEMALE : Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The last person named inside tokens [from, to), or, failing that, an organisation named there. */
    Person namedIn(int from, int to) {
        Person found = lastIn(people, from, to);
        return found != null ? found : lastIn(organisations, from, to);
    }

    /** Mentions are short, so only those starting a few tokens before {@code from} can overlap [from, to). */
    private static Person lastIn(List<Named> list, int from, int to) {
        Person found = null;
        for (int k = firstFrom(list, from - 8); k < list.size() && list.get(k).from() < to; k++) {
            Named n = list.get(k);
            if (from < n.to()) {
                found = n.person();
            }
        }
        return found;
    }

    /** The index of the first mention starting at or after token {@code from} (lists are kept in text order). */
    private static int firstFrom(List<Named> list, int from) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).from() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean isOrganisation(int from, int to) {
        return lastIn(organisations, from, to) != null;
    }

    /** Records a resolved speaker at tokens [from, to): a speaker is the subject of its clause. */
    void addSubject(int from, int to, Person p) {
        people.add(firstFrom(people, from + 1), new Named(from, to, p, true));
    }

    /** A person from the words as written, remembered so that a later "он" can find them. */
    Person newPerson(int from, int to) {
        Person p = new Person(nominativeName(from, to), null, gender(text.span(from, to).split(" ")));
        addSubject(from, to, p);
        return p;
    }

    /** How many people named before a token to look back over: a few paragraphs of a news text. */
    private static final int LOOK_BACK = 40;

    /**
     * The person most recently named as a subject before token {@code before} who fits {@code gender} and is not
     * excluded; failing that, the most recently named person at all.
     */
    Person recent(int before, Gender gender, Set<Person> excluded, String descriptionKey) {
        Person anyRecent = null;
        int seen = 0;
        for (int k = firstFrom(people, before) - 1; k >= 0 && seen < LOOK_BACK; k--, seen++) {
            Named n = people.get(k);
            Person p = n.person();
            if (excluded.contains(p) || !fits(p, gender) || conflicts(p, descriptionKey)) {
                continue;
            }
            if (n.subject()) {
                return p;
            }
            if (anyRecent == null) {
                anyRecent = p;
            }
        }
        return anyRecent;
    }

    private static boolean fits(Person p, Gender gender) {
        return gender == Gender.UNKNOWN || p.gender == Gender.UNKNOWN || p.gender == gender;
    }

    /**
     * Resolves a description ("российский лидер" = key RU:HEAD): the person it was bound to before, else the most
     * recent fitting subject not bound to a conflicting description (another nationality or another office).
     */
    Person describe(String key, int before, Gender gender, Set<Person> excluded) {
        Person bound = descriptions.get(key);
        if (bound != null && !excluded.contains(bound)) {
            return bound;
        }
        Person p = recent(before, gender, excluded, key);
        if (p != null) {
            descriptions.putIfAbsent(key, p);
        }
        return p;
    }

    /** Binds a description to a person named right beside it ("белорусский лидер Александр Лукашенко"). */
    void bind(String key, Person p) {
        descriptions.putIfAbsent(key, p);
    }

    private boolean conflicts(Person p, String key) {
        if (key == null) {
            return false;
        }
        for (Map.Entry<String, Person> e : descriptions.entrySet()) {
            if (e.getValue() == p && !e.getKey().equals(key) && conflict(e.getKey(), key)) {
                return true;
            }
        }
        return false;
    }

    /** Two descriptions conflict when they name different offices, or one office of two different countries. */
    private static boolean conflict(String a, String b) {
        String[] x = a.split(":", 2);
        String[] y = b.split(":", 2);
        return !x[1].equals(y[1]) || (!x[0].isEmpty() && !y[0].isEmpty() && !x[0].equals(y[0]));
    }

    /** The person named at tokens starting at {@code from}, for appositions. */
    Person namedAt(int from) {
        int k = firstFrom(people, from);
        return k < people.size() && people.get(k).from() == from ? people.get(k).person() : null;
    }
}
