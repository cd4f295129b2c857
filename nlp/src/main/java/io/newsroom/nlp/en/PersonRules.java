package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newsroom.nlp.en.NewsWords.ARTICLES;
import static io.newsroom.nlp.en.NewsWords.HONORIFICS;
import static io.newsroom.nlp.en.NewsWords.NOT_SPEAKERS;
import static io.newsroom.nlp.en.NewsWords.PERSON_TITLES;
import static io.newsroom.nlp.en.NewsWords.SPEECH_VERBS;
import static io.newsroom.nlp.en.NewsWords.isEvent;
import static io.newsroom.nlp.en.NewsWords.isInitial;
import static io.newsroom.nlp.en.NewsWords.isMonth;
import static io.newsroom.nlp.en.TaggedText.isPunctuation;

/**
 * People the model left out or typed otherwise: speakers of news' verbs of saying, names after a title, an honorific
 * or a role ("chairman Cesare Romiti"), first names of any country with a surname, and a person's name kept whole
 * (a first name the model left out, a surname's particles: "F.W. de Klerk", "Hafez al-Assad").
 */
final class PersonRules extends EnglishRules {

    PersonRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /** Verbs of saying whose following name is the listener, not the speaker ("told El Mundo"). */
    private static final Set<String> TO_A_LISTENER = Set.of("told", "asked", "asks", "replied");

    /**
     * A capitalised word or two the model left out, right before or after a verb of saying in a mixed-case
     * sentence ("Saqib said", "says Tarlo", "said Lindsay Gay ."), is a person: news names its speakers so.
     * Organisations speak too ("Google said"), but those the model and the gazetteers already name.
     */
    List<Found> speakers(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> out = new ArrayList<>(found);
        for (int v = 0; v < t.tokens.size(); v++) {
            if (!SPEECH_VERBS.contains(t.word(v)) || t.capitals[t.sentenceOf[v]]) {
                continue;
            }
            int[] s = t.sentences.get(t.sentenceOf[v]);
            // before the verb: "Saqib said", "Lindsay Gay said"
            int from = v;
            while (from > s[0] && v - from < 3 && plainName(t, from - 1, covered)) {
                from--;
            }
            // "Traders said", "Analysts say": a noun opening the sentence that a dictionary has only in lower case,
            // or a plural noun anywhere ("the High Commissioner for Refugees said")
            boolean commonNoun = v - from == 1 && EnglishLexicon.COMMON.equals(gazetteer.wordClass(t.word(from)))
                    && (from == s[0] || pluralNoun(t.word(from)));
            if (from < v && !(from > s[0] && (covered[from - 1] || t.nameLike(from - 1))) && !commonNoun) {
                // "the Kremlin said", "the Pentagon says": people take no article, institutions do
                boolean institution = from > s[0] && t.word(from - 1).equalsIgnoreCase("the");
                out.add(new Found(from, v, institution ? EntityType.ORGANIZATION : EntityType.PERSON, 0.5));
                Arrays.fill(covered, from, v, true);
            }
            // after it: "said Guilbeault ." / "says Tarlo ,"
            int to = v + 1;
            while (to < s[1] && to - v <= 3 && plainName(t, to, covered)) {
                to++;
            }
            if (to > v + 1 && (to == s[1] || isPunctuation(t.word(to))) && !TO_A_LISTENER.contains(t.word(v))) {
                out.add(new Found(v + 1, to, EntityType.PERSON, 0.5));
                Arrays.fill(covered, v + 1, to, true);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** Roles in lower case that a person's name follows in news: "chairman Cesare Romiti", "striker Alen Boksic". */
    private static final Set<String> ROLES = Set.of("chairman", "chairwoman", "spokesman", "spokeswoman",
            "spokesperson", "executive", "president", "director", "founder", "analyst", "economist", "strategist",
            "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "quarterback", "pitcher",
            "batsman", "bowler", "promoter", "lawyer", "envoy", "leader", "commander", "premier", "counterpart",
            "colleague", "deputy", "aide", "adviser", "advisor", "rival", "challenger", "champion", "teammate",
            "seed", "winger", "forward", "veteran", "driver", "rider", "golfer", "sprinter", "hurdler",
            "skier", "right-hander", "left-hander", "wicketkeeper", "opener", "fly-half", "scrum-half", "full-back");

    /**
     * "Fiat chairman Cesare Romiti told…", "opposition leader Zoran Djindjic": one to three plain capitalised words
     * the model left out right after a role written in lower case are the person in that role; a first name and a
     * surname the model took for an organisation or a place there, or after a nationality, are the person too.
     */
    List<Found> peopleInRoles(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> out = new ArrayList<>(found);
        // "top seed Iga Swiatek", "Russian Yevgeny Kafelnikov": a first name and a surname after a role or a
        // nationality are a person, whatever other type the model gave them
        out.replaceAll(f -> f.type != EntityType.PERSON && f.to - f.from >= 2 && f.to - f.from <= 3 && f.from > 0
                && (ROLES.contains(t.word(f.from - 1)) || isNationalityNoun(t.word(f.from - 1)))
                && t.sentenceOf[f.from - 1] == t.sentenceOf[f.from] && !t.capitals[t.sentenceOf[f.from]]
                && gazetteer.isWorldFirstName(t.word(f.from)) && !EnglishGazetteer.isOrgWord(t.word(f.to - 1))
                && !commonWord(t.word(f.to - 1)) && !gazetteer.isPlace(t.join(f.from, f.to))
                ? f.typed(EntityType.PERSON) : f);
        for (int r = 0; r + 1 < t.tokens.size(); r++) {
            // "Italian Paolo Di Canio", "Swede Kennet Andersson": a nationality before a first name is a role too
            boolean nationality = isNationalityNoun(t.word(r)) && gazetteer.isWorldFirstName(t.word(r + 1));
            if (!ROLES.contains(t.word(r)) && !nationality || t.capitals[t.sentenceOf[r]] || t.titleCase[t.sentenceOf[r]]) {
                continue;
            }
            int to = r + 1;
            while (to < t.tokens.size() && to - r <= 3 && t.sentenceOf[to] == t.sentenceOf[r] && plainName(t, to, covered)
                    && !isMonth(t.word(to))) {
                to++;
            }
            if (to > r + 1 && (to == t.tokens.size() || t.sentenceOf[to] != t.sentenceOf[r] || !t.nameLike(to))) {
                out.add(new Found(r + 1, to, EntityType.PERSON, 0.5));
                Arrays.fill(covered, r + 1, to, true);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * A name right after an honorific or a title ("Ms Pugh", "King Gongmin", "President Tuvalu") is a person: an
     * untagged capitalised word or two there becomes one, and so does a mention the model typed otherwise.
     */
    List<Found> titledPeople(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        Map<Integer, Found> startingAt = new HashMap<>();
        for (Found f : found) {
            startingAt.put(f.from, f);
        }
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < t.tokens.size(); i++) {
            int n = i + 1;
            String title = t.word(i).toLowerCase(Locale.ROOT);
            if (covered[i] || !PERSON_TITLES.contains(title) || !t.nameLike(i) || t.sentenceOf[n] != t.sentenceOf[i]
                    || t.capitals[t.sentenceOf[i]] && !HONORIFICS.contains(title)) {
                continue; // in capitals every word looks like a name, but "MS PUGH" is still a person
            }
            Found next = startingAt.get(n);
            if (next != null) {
                boolean honorific = t.word(i).length() <= 4 || t.word(i).endsWith(".");
                if (next.type != EntityType.PERSON && next.to - next.from <= 3 && (honorific
                        || !EnglishGazetteer.isOrgWord(t.word(next.to - 1)) && !gazetteer.isPlace(t.join(next.from, next.to)))) {
                    out.set(out.indexOf(next), next.typed(EntityType.PERSON));
                }
                continue;
            }
            int to = n;
            while (to < t.tokens.size() && to - n < 3 && t.sentenceOf[to] == t.sentenceOf[i] && plainName(t, to, covered)) {
                to++;
            }
            if (to > n) {
                out.add(new Found(n, to, EntityType.PERSON, 0.5));
                Arrays.fill(covered, n, to, true);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * A person's name is one mention: two people side by side with nothing between are one ("Chancellor Helmut" +
     * "Kohl", once the article's "Kohl" had been named), and a capitalised word right before a person that no
     * dictionary, place list or title knows is the first name the model left out ("Helmut Kohl", "Jacques
     * Chirac"); in mixed-case sentences only, at most two words.
     */
    List<Found> wholePersonNames(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        Set<String> loneSurnames = new HashSet<>();
        for (Found f : found) {
            if (f.type == EntityType.PERSON && f.to - f.from == 1 && !t.capitals[t.sentenceOf[f.from]]) {
                loneSurnames.add(t.key(f.from, f.to));
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Found last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type == EntityType.PERSON && f.type == EntityType.PERSON && last.to == f.from
                    && t.sentenceOf[last.from] == t.sentenceOf[f.from] && !t.capitals[t.sentenceOf[f.from]]) {
                out.set(out.size() - 1, new Found(last.from, f.to, EntityType.PERSON, Math.min(last.confidence, f.confidence)));
                continue;
            }
            if (placeNamedPerson(t, f, loneSurnames)) {
                out.add(f.typed(EntityType.PERSON));
                continue;
            }
            int from = f.from;
            if (f.type == EntityType.PERSON && !t.capitals[t.sentenceOf[f.from]]) {
                while (from > 0 && f.from - from < 2 && t.sentenceOf[from - 1] == t.sentenceOf[f.from]
                        && !covered[from - 1] && unknownName(t, from - 1)) {
                    from--;
                }
                if (from == f.from && f.to - f.from == 1 && t.nameLike(f.from)) {
                    from = particlesBefore(t, from, covered); // "de Klerk said", "F.W. de Klerk"
                }
            }
            int to = f.to;
            if (f.type == EntityType.PERSON && to - from == 1 && to + 1 < t.tokens.size() && !covered[to]
                    && t.sentenceOf[to] == t.sentenceOf[f.from] && !t.capitals[t.sentenceOf[f.from]]
                    && gazetteer.isFirstName(t.word(from)) && surnameWord(t, to) && t.resultsSentence(from)
                    && EnglishFeatureGenerator.isNumber(t.word(to + 1))) {
                to++; // "( Andy Flower 63 , ...": a first name alone, then a capitalised word and a batsman's score
            }
            if (f.type == EntityType.PERSON && !t.capitals[t.sentenceOf[f.from]]) {
                int end = particleSurname(t, to, t.sentenceOf[f.from]);
                to = end > to && !TaggedText.anyCovered(covered, to, end) ? end : to; // "Hafez al-Assad", "Ruud van Nistelrooy"
            }
            out.add(from == f.from && to == f.to ? f : new Found(from, to, f.type, f.confidence));
        }
        // "F.W. de Klerk": initials, then a particle and a surname, which the model leaves out
        boolean[] taken = t.covered(out);
        for (int i = 0; i + 2 < t.tokens.size(); i++) {
            if (taken[i] || !isInitial(t.word(i)) || t.capitals[t.sentenceOf[i]]) {
                continue;
            }
            int end = particleSurname(t, i + 1, t.sentenceOf[i]);
            if (end > i + 1 && !TaggedText.anyCovered(taken, i, end)) {
                out.add(new Found(i, end, EntityType.PERSON, 0.5));
                Arrays.fill(taken, i, end, true);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * Where a surname at {@code from} starts with the particles before it ("de" of "de Klerk", "van der" of "van der
     * Merwe") and the initials or first name before those ("F.W. de Klerk"); {@code from} when none stand there.
     */
    private int particlesBefore(TaggedText t, int from, boolean[] covered) {
        int k = from;
        int sentence = t.sentenceOf[from];
        while (k > 0 && from - k < 2 && t.sentenceOf[k - 1] == sentence && !covered[k - 1]
                && SURNAME_PARTICLES.contains(t.word(k - 1))) {
            k--;
        }
        if (k == from) {
            return from;
        }
        while (k > 0 && t.sentenceOf[k - 1] == sentence && !covered[k - 1]
                && (isInitial(t.word(k - 1)) || gazetteer.isWorldFirstName(t.word(k - 1)) && t.nameLike(k - 1))) {
            k--;
        }
        return k;
    }

    /** Lower-case particles of surnames: "de Klerk", "van der Merwe", "bin Laden", "al Bashir". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "del", "della", "der", "den", "van", "von", "le",
            "la", "du", "da", "di", "dos", "das", "ter", "ten", "bin", "ibn", "al", "el", "abu");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}\\p{L}+");

    /**
     * Where a surname with its particles starting at {@code i} ends ("al-Assad", "de Klerk", "van der Merwe"), or
     * {@code i} when none starts there.
     */
    private int particleSurname(TaggedText t, int i, int sentence) {
        if (i >= t.tokens.size() || t.sentenceOf[i] != sentence) {
            return i;
        }
        if (ARABIC_ARTICLE.matcher(t.word(i)).matches()) {
            return i + 1;
        }
        int k = i;
        while (k < t.tokens.size() && k - i < 2 && t.sentenceOf[k] == sentence && SURNAME_PARTICLES.contains(t.word(k))) {
            k++;
        }
        return k > i && k < t.tokens.size() && t.sentenceOf[k] == sentence && surnameWord(t, k) ? k + 1 : i;
    }

    /**
     * "Viktor Chernomyrdin will take over": a first name of any country that no dictionary has as a common word, then
     * a surname or two that a dictionary has only capitalised or not at all, is a person the model left out.
     */
    List<Found> firstNamesAndSurnames(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < t.tokens.size(); i++) {
            String first = t.word(i);
            if (covered[i] || !t.nameLike(i) || t.capitals[t.sentenceOf[i]] || t.titleCase[t.sentenceOf[i]]) {
                continue; // the cheap tests first: most tokens end here
            }
            String firstClass = gazetteer.wordClass(first);
            // a first name that is also a word ("Will", "Mark") only mid-sentence, where its capital is the name's
            boolean wordToo = firstClass != null && !firstClass.equals(EnglishLexicon.PROPER);
            if (!plainName(t, i, covered) || !gazetteer.isWorldFirstName(first)
                    || wordToo && (t.sentenceStart(i) || !gazetteer.isFirstName(first) || i > 0 && t.nameLike(i - 1))
                    || i > 0 && ARTICLES.contains(t.word(i - 1).toLowerCase(Locale.ROOT)) // "the Winter Universiade"
                    || i > 0 && t.sentenceOf[i - 1] == t.sentenceOf[i] && t.nameLike(i - 1) && !t.sentenceStart(i)) {
                continue;
            }
            int to = i + 1;
            while (to < t.tokens.size() && to - i < 3 && t.sentenceOf[to] == t.sentenceOf[i] && plainName(t, to, covered)
                    && (gazetteer.wordClass(t.word(to)) == null || gazetteer.wordClass(t.word(to)).equals(EnglishLexicon.PROPER))) {
                to++;
            }
            if (to > i + 1 && (to == t.tokens.size() || t.sentenceOf[to] != t.sentenceOf[i] || !t.nameLike(to))) {
                out.add(new Found(i, to, EntityType.PERSON, 0.5));
                Arrays.fill(covered, i, to, true);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * "Milan Dragic", "Florence Ashby": a first name that is also a city, then a surname no dictionary or gazetteer
     * knows, is a person the model took for the place ("Dallas Cowboys", "Austin , Texas" have a word or a place);
     * so is "Lennox Lewis" when the article names "Lewis" alone as a person (a first name of any country then).
     */
    private boolean placeNamedPerson(TaggedText t, Found f, Set<String> loneSurnames) {
        if (f.type != EntityType.LOCATION || f.to - f.from != 2 || t.capitals[t.sentenceOf[f.from]]) {
            return false;
        }
        String first = t.word(f.from);
        String last = t.word(f.from + 1);
        String lastClass = gazetteer.wordClass(last);
        boolean surnameAlone = loneSurnames.contains(t.key(f.from + 1, f.to));
        return (gazetteer.isFirstName(first) || surnameAlone && gazetteer.isWorldFirstName(first))
                && gazetteer.isPlace(first) && !gazetteer.isPlace(t.join(f.from, f.to))
                && last.length() > 2 && Character.isUpperCase(last.codePointAt(0))
                && last.codePoints().skip(1).allMatch(Character::isLowerCase)
                && (lastClass == null || lastClass.equals(EnglishLexicon.PROPER)) && !gazetteer.isPlace(last)
                && !EnglishGazetteer.isOrgWord(last) && !isNationalityNoun(last);
    }

    /**
     * A capitalised word that could be a surname after a first name, dictionary word or not ("Flower", "Major"):
     * no title, month, place, nationality, organisation or sentence word.
     */
    private boolean surnameWord(TaggedText t, int i) {
        String w = t.word(i);
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.codePoints().skip(1).allMatch(Character::isLowerCase)
                && !EnglishGazetteer.isTitle(w) && !isMonth(w) && !gazetteer.isPlace(w) && !isNationalityNoun(w)
                && !EnglishGazetteer.isOrgWord(w) && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT))
                && !SPEECH_VERBS.contains(w.toLowerCase(Locale.ROOT)) && !isEvent(w);
    }

    /** A capitalised word that is no dictionary word, title, place, nationality or organisation word. */
    private boolean unknownName(TaggedText t, int i) {
        String w = t.word(i);
        return t.nameLike(i) && w.length() > 1 && gazetteer.wordClass(w) == null && !EnglishGazetteer.isTitle(w)
                && !EnglishGazetteer.isOrgWord(w) && !gazetteer.isPlace(w) && !gazetteer.isDemonym(w)
                && !isNationalityNoun(w) && !isMonth(w);
    }

    /**
     * An untagged, capitalised word that could be part of a name: no place, title, nationality ("the Spaniard said")
     * or common sentence word.
     */
    private boolean plainName(TaggedText t, int i, boolean[] covered) {
        String w = t.word(i);
        return !covered[i] && t.nameLike(i) && w.length() > 1 && w.codePoints().skip(1).allMatch(Character::isLowerCase)
                && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT)) && !EnglishGazetteer.isTitle(w)
                && !gazetteer.isPlace(w) && !isNationalityNoun(w) && !EnglishGazetteer.isOrgWord(w)
                && (gazetteer.nameType(w) == null || gazetteer.nameType(w) == EntityType.PERSON);
    }
}
