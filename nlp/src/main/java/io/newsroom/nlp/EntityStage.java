package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.nlp.ner.CodePoints;
import io.newsroom.nlp.ner.EntityTagger;
import io.newsroom.nlp.ner.NameGazetteer;
import io.newsroom.nlp.ner.MentionFinder;
import io.newsroom.nlp.ner.RussianMorphology;
import io.newsroom.nlp.ner.RussianMorphology.Analysis;
import io.newsroom.nlp.ner.RussianMorphology.Reading;
import io.newsroom.nlp.ner.RussianTokenizer;
import io.newsroom.nlp.ner.Token;
import io.newsroom.nlp.ner.TypedSpan;

import org.languagetool.AnalyzedToken;
import org.languagetool.synthesis.ru.RussianSynthesizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds people, places and organisations: mentions from a {@link MentionFinder}, normally the trained
 * {@link EntityTagger} (code-point offsets),
 * grouped into one entity per referent (people by surname lemma, a lone first name joining the only person with
 * that name; places and organisations by their lemmas, an acronym joining the full name it abbreviates), each
 * with a canonical name in the nominative made from LanguageTool lemmas ("Мишустиным" → "Мишустин", with the
 * first name where any mention gives it: "Михаил Мишустин"). Runs on Russian (or undetected) text; other
 * languages go to the {@link LanguageEntities} registered with {@link #with(LanguageEntities)} ("en" →
 * {@code io.newsroom.nlp.en.EnglishEntities}), and languages with none get no entities.
 * Thread-safe: the tagger and morphology are shared read-only.
 */
public final class EntityStage implements EnrichmentStage {

    private static final Set<String> FUNCTION_WORDS = Set.of("и", "в", "на", "по", "для", "с", "of", "the", "and");

    private final MentionFinder tagger;
    private final NameGazetteer places;
    private final RussianMorphology morphology = RussianMorphology.shared();
    private final RussianTokenizer tokenizer = new RussianTokenizer();
    /** Entities of the languages other than Russian, by ISO 639-1 code. */
    private final Map<String, LanguageEntities> otherLanguages;

    /** With the tagger's own gazetteer for places inside organisation names. */
    public EntityStage(MentionFinder tagger) {
        this(tagger, tagger instanceof EntityTagger trained ? trained.names() : NameGazetteer.empty());
    }

    public EntityStage(MentionFinder tagger, NameGazetteer places) {
        this(tagger, places, Map.of());
    }

    private EntityStage(MentionFinder tagger, NameGazetteer places, Map<String, LanguageEntities> otherLanguages) {
        this.tagger = tagger;
        this.places = places;
        this.otherLanguages = otherLanguages;
    }

    /** This stage with the entities of one more language, used when the article is detected to be in it. */
    public EntityStage with(LanguageEntities language) {
        if (language.language().equals("ru") || language.language().equals(LanguageStage.UNDETERMINED)) {
            throw new IllegalArgumentException("Russian (and undetermined) text is this stage's own");
        }
        Map<String, LanguageEntities> languages = new java.util.TreeMap<>(otherLanguages);
        languages.put(language.language(), language);
        return new EntityStage(tagger, places, java.util.Collections.unmodifiableMap(languages));
    }

    /** The entities for an article in {@code language} (an ISO 639-1 code, "und" or null): Russian's or another's. */
    public List<Entity> entities(String language, String text) {
        if (language == null || language.equals("ru") || language.equals(LanguageStage.UNDETERMINED)) {
            return entities(text);
        }
        LanguageEntities other = otherLanguages.get(language);
        return other == null ? List.of() : other.entities(text);
    }

    /** With the model shipped in the jar ({@value EntityTagger#DEFAULT_MODEL_RESOURCE}). */
    public static EntityStage withDefaultModel() {
        EntityTagger tagger = EntityTagger.loadDefault();
        if (tagger == null) {
            throw new IllegalStateException("no entity model on the classpath at "
                    + EntityTagger.DEFAULT_MODEL_RESOURCE + "; train one with ./pipeline train entities");
        }
        return new EntityStage(tagger);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        // each language's model and rules: a new model of any of them names a new enrichment
        StringBuilder version = new StringBuilder("ru-5");
        otherLanguages.values().forEach(l -> version.append('/').append(l.version()));
        return version.toString();
    }

    @Override
    public void apply(ArticleDocument doc) {
        doc.entities.addAll(entities(doc.language, doc.text()));
    }

    /** The Russian entities of a text, in order of first mention, ids E1, E2, ... */
    public List<Entity> entities(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Pending> lonePersonNames = new ArrayList<>();
        String tagged = LanguageEntities.taggedPart(text);
        CodePoints.Slicer slicer = new CodePoints.Slicer(text);
        List<TypedSpan> spans = withPlacesInsideOrganisations(slicer, tagger.find(tagged));
        List<String> surfaces = new ArrayList<>(spans.size());
        List<List<Token>> spanWords = new ArrayList<>(spans.size());
        for (TypedSpan span : spans) {
            String surface = slicer.slice(span.start(), span.end());
            surfaces.add(surface);
            spanWords.add(tokenizer.tokenize(surface).stream()
                    .filter(t -> Character.isLetterOrDigit(t.text().codePointAt(0))).toList());
        }
        Map<String, Integer> votes = lemmaVotes(spans, spanWords);
        for (int s = 0; s < spans.size(); s++) {
            TypedSpan span = spans.get(s);
            String surface = surfaces.get(s);
            List<Token> words = spanWords.get(s);
            if (words.isEmpty()) {
                continue;
            }
            Mention mention = new Mention(span.start(), span.end(), surface);
            if (span.type() == EntityType.PERSON) {
                Person p = person(words);
                if (p.surname == null) {
                    lonePersonNames.add(new Pending(mention, p));
                    continue;
                }
                Group g = byKey.computeIfAbsent("P:" + p.surname.toLowerCase(Locale.ROOT),
                        k -> add(groups, new Group(EntityType.PERSON)));
                g.mentions.add(mention);
                if (g.firstName == null && p.firstName != null) {
                    g.firstName = p.firstName;
                    g.feminine = p.feminine;
                }
                if (g.surname == null) {
                    g.surname = p.surname;
                    g.feminine |= p.feminine;
                }
            } else {
                String key = span.type().name().charAt(0) + ":" + lemmaKey(words, votes);
                Group g = byKey.get(key);
                if (g == null) {
                    g = byKey.values().stream().filter(x -> x.type == span.type() && abbreviates(x, words))
                            .findFirst().orElse(null);
                }
                if (g == null && words.size() == 1 && Character.isLowerCase(words.get(0).text().codePointAt(0))) {
                    // "сборной" after "сборная России": the descriptor alone refers back to the named organisation
                    String descriptor = lemmaKey(words, votes);
                    g = groups.stream().filter(x -> x.type == span.type() && x.words != null && x.words.size() > 1
                            && lemmaKey(tokenizer.tokenize(x.words.get(0)), votes).equals(descriptor))
                            .reduce((first, second) -> second).orElse(null);
                }
                if (g == null) {
                    g = add(groups, new Group(span.type()));
                    byKey.put(key, g);
                }
                g.mentions.add(mention);
                String name = phraseName(words, surface, votes);
                if (g.name == null || (g.nameIsAcronym && !isAcronym(name))) {
                    g.name = name;
                    g.nameIsAcronym = isAcronym(name);
                    g.words = words.stream().map(Token::text).toList();
                }
            }
        }
        for (Pending lone : lonePersonNames) {
            String first = lone.person.firstName;
            List<Group> same = groups.stream().filter(g -> g.type == EntityType.PERSON && first != null
                    && first.equalsIgnoreCase(g.firstName)).toList();
            Group g = same.size() == 1 ? same.get(0) : byKey.get("N:" + lone.mention.text());
            if (g == null) {
                g = add(groups, new Group(EntityType.PERSON));
                g.firstName = first != null ? first : lone.mention.text();
                byKey.put("N:" + lone.mention.text(), g);
            }
            g.mentions.add(lone.mention);
        }
        List<Entity> out = new ArrayList<>();
        groups.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        for (Group g : groups) {
            List<Mention> mentions = new ArrayList<>(g.mentions);
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(new Entity("E" + (out.size() + 1), g.type, g.canonicalName(), List.copyOf(mentions)));
        }
        return out;
    }

    /** Adds a LOCATION mention for each known place word inside a longer organisation ("мэрии Москвы"). */
    private List<TypedSpan> withPlacesInsideOrganisations(CodePoints.Slicer slicer, List<TypedSpan> found) {
        List<TypedSpan> out = new ArrayList<>(found);
        Set<TypedSpan> known = new java.util.HashSet<>(found);
        for (TypedSpan span : found) {
            if (span.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String surface = slicer.slice(span.start(), span.end());
            List<Token> words = tokenizer.tokenize(surface);
            if (words.size() < 2) {
                continue;
            }
            for (Token w : words) {
                TypedSpan place = new TypedSpan(span.start() + w.start(), span.start() + w.end(), EntityType.LOCATION);
                // "Северный" in "«Северный завод»" is an adjective: adjectives made from place names are not places
                if (Character.isUpperCase(w.text().codePointAt(0)) && places.isPlace(w.text())
                        && morphology.analyze(w.text()).readings().stream().noneMatch(r -> r.tag().startsWith("ADJ"))
                        && known.add(place)) {
                    out.add(place);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static Group add(List<Group> groups, Group g) {
        groups.add(g);
        return g;
    }

    private record Pending(Mention mention, Person person) {
    }

    private record Person(String firstName, String surname, boolean feminine) {
    }

    /** First name and surname (nominative, capitalised) of a person mention; patronymics are dropped. */
    private Person person(List<Token> words) {
        String first = null;
        String surname = null;
        String particle = null;
        boolean feminine = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (word.length() <= 2 && word.equals(word.toUpperCase(Locale.ROOT))) {
                continue; // an initial
            }
            if (particle != null) {
                surname = particle + " " + word; // "Ле Пен": a foreign surname, written as the text writes it
                continue;
            }
            if (i + 1 < words.size() && EntityTagger.isNameParticle(word)) {
                particle = word;
                continue;
            }
            Analysis a = morphology.analyze(word);
            Reading name = reading(a, "Name");
            if (first == null && surname == null && name != null && words.size() > 1) {
                first = cased(name.lemma(), word);
                feminine = name.tag().contains("Fem");
                continue;
            }
            if (reading(a, "Patr") != null && first != null && reading(a, "Fam") == null) {
                continue;
            }
            Reading fam = reading(a, "Fam");
            surname = cased(fam != null ? fam.lemma() : a.readings().isEmpty() ? unknownSurname(word)
                    : nominalLemma(a, word), word);
        }
        if (surname == null && first == null && !words.isEmpty()) {
            Reading name = reading(morphology.analyze(words.get(0).text()), "Name");
            first = name != null ? cased(name.lemma(), words.get(0).text()) : words.get(0).text();
        }
        return new Person(first, surname, feminine);
    }

    /**
     * The nominative of a surname the dictionary does not know, by the regular endings of Russian surnames in
     * -ов/-ев/-ин/-ын and -ский ("Хрениным" → "Хренин", "Петровской" → "Петровская"); other words stay as written.
     */
    static String unknownSurname(String word) {
        String[][] endings = {
                {"ским", "ский"}, {"ского", "ский"}, {"скому", "ский"}, {"ском", "ский"},
                {"ской", "ская"}, {"скую", "ская"}, {"цким", "цкий"}, {"цкого", "цкий"}, {"цкому", "цкий"},
                {"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ыным", "ын"},
                {"ова", "ов"}, {"ову", "ов"}, {"ове", "ов"}, {"ева", "ев"}, {"еву", "ев"}, {"еве", "ев"},
                {"ина", "ин"}, {"ину", "ин"}, {"ине", "ин"},
                {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}};
        for (String[] e : endings) {
            if (word.length() > e[0].length() + 2 && word.endsWith(e[0])) {
                return word.substring(0, word.length() - e[0].length()) + e[1];
            }
        }
        return word;
    }

    private static Reading reading(Analysis a, String tagPart) {
        for (Reading r : a.readings()) {
            if (r.tag().contains(tagPart)) {
                return r;
            }
        }
        return null;
    }

    /** The lemma of a noun reading, or the word itself when the dictionary does not know it. */
    private static String nominalLemma(Analysis a, String word) {
        for (Reading r : a.readings()) {
            if (r.tag().startsWith("NN")) {
                return r.lemma();
            }
        }
        return word;
    }

    /**
     * How well a reading fits a word of a place's or organisation's name. The dictionary's first reading is not
     * always it: "Самаре" reads first as the rare masculine "самар", "Иванове" as the surname "Иванов", "Самары"
     * as a plural. So: a noun; not a person's name when something else fits; singular when it can be; then the
     * lemma most of the word's readings share.
     */
    private static int readingScore(Analysis a, Reading r) {
        String tag = r.tag();
        int score = (tag.startsWith("NN") ? 100 : 0)
                + (tag.contains(":Fam") || tag.contains(":Name") || tag.contains(":Patr") ? 0 : 20)
                + (tag.contains(":PL") ? 0 : 10);
        for (Reading other : a.readings()) {
            score += other.lemma().equals(r.lemma()) ? 1 : 0;
        }
        return score;
    }

    /**
     * Each lemma's best reading score summed over the words of the text's place and organisation mentions: a
     * name's forms vote together, so "Самару" (as likely "самар" as "самара" on its own) follows "Самаре" and
     * "Самары" to "самара", and all three are one entity.
     */
    private Map<String, Integer> lemmaVotes(List<TypedSpan> spans, List<List<Token>> spanWords) {
        Map<String, Integer> votes = new java.util.HashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            if (spans.get(k).type() == EntityType.PERSON) {
                continue;
            }
            for (Token w : spanWords.get(k)) {
                Analysis a = morphology.analyze(w.text());
                Map<String, Integer> best = new java.util.HashMap<>();
                for (Reading r : a.readings()) {
                    best.merge(r.lemma(), readingScore(a, r), Math::max);
                }
                best.forEach((lemma, score) -> votes.merge(lemma, score, Integer::sum));
            }
        }
        return votes;
    }

    /** The lemma of a place's or organisation's word: its best reading, with the text's other forms voting. */
    private static String nameLemma(Analysis a, String word, Map<String, Integer> votes) {
        String best = word;
        int bestScore = -1;
        for (Reading r : a.readings()) {
            int score = readingScore(a, r) + votes.getOrDefault(r.lemma(), 0);
            if (score > bestScore) {
                best = r.lemma();
                bestScore = score;
            }
        }
        return best;
    }

    private String lemmaKey(List<Token> words, Map<String, Integer> votes) {
        StringBuilder sb = new StringBuilder();
        for (Token w : words) {
            sb.append(nameLemma(morphology.analyze(w.text()), w.text(), votes).toLowerCase(Locale.ROOT)).append(' ');
        }
        return sb.toString().strip();
    }

    /**
     * A nominative name for a place or organisation: one known noun becomes its lemma ("Москвы" → "Москва"),
     * acronyms keep the text's form, a phrase gets its head noun and the adjectives before it in the nominative.
     */
    private String phraseName(List<Token> words, String surface, Map<String, Integer> votes) {
        if (words.size() == 1) {
            String w = words.get(0).text();
            if (isAcronym(w)) {
                return w;
            }
            Analysis a = morphology.analyze(w);
            return cased(a.readings().stream().anyMatch(r -> r.tag().startsWith("NN")) ? nameLemma(a, w, votes) : w, w);
        }
        String adjectival = adjectivesAndNounInNominative(words, surface);
        return balanced(adjectival != null ? adjectival.strip() : headInNominative(words, surface.strip(), votes));
    }

    /**
     * "Большом театре" → "Большой театр", "Арабской лиги" → "Арабская лига", "московского клуба «16 вольт»" →
     * "московский клуб «16 вольт»": adjectives before a singular noun take the noun's gender in the nominative
     * (LanguageTool's synthesizer), the noun its lemma, and what follows the noun stays as written. Null when
     * the phrase does not start with adjectives and a noun, or is in the nominative already.
     */
    private String adjectivesAndNounInNominative(List<Token> words, String surface) {
        int n = 0;
        while (n < words.size() && (isAdjectiveOnly(morphology.analyze(words.get(n).text()))
                || unknownAdjectiveStem(words.get(n).text()) != null)) {
            n++;
        }
        if (n == 0 || n == words.size()) {
            return null;
        }
        Token noun = words.get(n);
        Analysis nounAnalysis = morphology.analyze(noun.text());
        if (nounAnalysis.readings().stream().anyMatch(r -> r.tag().startsWith("ADJ"))) {
            return null; // "Красного Креста": an adjective that is also a noun leaves the phrase ambiguous
        }
        Reading singular = null;
        for (Reading r : nounAnalysis.readings()) {
            if (r.tag().startsWith("NN") && r.tag().contains(":Sin")) {
                if (r.tag().endsWith(":Nom")) {
                    return null;
                }
                singular = singular == null ? r : singular;
            }
        }
        String gender = singular == null ? null : singular.tag().contains(":Fem") ? "Fem"
                : singular.tag().contains(":Neut") ? "Neut" : singular.tag().contains(":Masc") ? "Masc" : null;
        if (gender == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Token adjective : words.subList(0, n)) {
            String[] unknown = unknownAdjectiveStem(adjective.text());
            String form = unknown != null ? unknown[0] + ADJECTIVE_ENDINGS.get(unknown[1] + gender)
                    : adjectiveInNominative(morphology.analyze(adjective.text()), gender);
            if (form == null) {
                return null;
            }
            out.append(CodePoints.slice(surface, at, adjective.start())).append(cased(form, adjective.text()));
            at = adjective.end();
        }
        out.append(CodePoints.slice(surface, at, noun.start())).append(cased(singular.lemma(), noun.text()));
        return out.append(CodePoints.slice(surface, noun.end(), surface.codePointCount(0, surface.length()))).toString();
    }

    /** Nominative endings of the adjective families names are made of, by family and gender. */
    private static final Map<String, String> ADJECTIVE_ENDINGS = Map.of(
            "скMasc", "ский", "скFem", "ская", "скNeut", "ское",
            "цкMasc", "цкий", "цкFem", "цкая", "цкNeut", "цкое",
            "нMasc", "ный", "нFem", "ная", "нNeut", "ное");
    private static final java.util.regex.Pattern UNKNOWN_ADJECTIVE = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{L}+?)(ск|цк|н)(ого|ому|им|ым|ом|ой|ую|ая|ое|ий|ый)");

    /**
     * A capitalised word the dictionary does not know that ends like an adjective of a name ("Всебелорусского"):
     * its stem and family ({"Всебелорус", "ск"}), or null.
     */
    private String[] unknownAdjectiveStem(String word) {
        if (!morphology.analyze(word).readings().isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = UNKNOWN_ADJECTIVE.matcher(word);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    private static boolean isAdjectiveOnly(Analysis a) {
        return !a.readings().isEmpty() && a.readings().stream().allMatch(r -> r.tag().startsWith("ADJ"));
    }

    /**
     * The adjective's nominative singular of the gender, from a reading that agrees with it (of the lemma with the
     * most readings: "Большим" is "большой" six times, "больший" three); null when none agrees.
     */
    private static String adjectiveInNominative(Analysis a, String gender) {
        Reading best = null;
        long bestCount = 0;
        for (Reading r : a.readings()) {
            String[] parts = r.tag().split(":");
            long count = a.readings().stream().filter(o -> o.lemma().equals(r.lemma())).count();
            if (parts.length == 4 && parts[2].equals(gender) && count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        // "ADJ:Posit:Fem:D" → "ADJ:Posit:Fem:Nom"
        String tag = best.tag().substring(0, best.tag().lastIndexOf(':')) + ":Nom";
        String[] forms;
        synchronized (SYNTHESIZER) {
            try {
                forms = SYNTHESIZER.synthesize(new AnalyzedToken(best.lemma(), null, best.lemma()), tag);
            } catch (java.io.IOException e) {
                return null;
            }
        }
        return forms.length == 0 ? null : forms[0];
    }

    /** LanguageTool's Russian word-form generator; guarded, as its thread safety is not documented. */
    private static final RussianSynthesizer SYNTHESIZER = RussianSynthesizer.INSTANCE;

    /**
     * "правительства России" → "правительство России": a phrase that starts with a noun (its head, in Russian
     * names) gets the noun's nominative; phrases starting with adjectives keep the text's form, since their
     * agreement would need more than lemmas.
     */
    private String headInNominative(List<Token> words, String phrase, Map<String, Integer> votes) {
        Token head = words.get(0);
        if (isAcronym(head.text()) || head.start() != 0) {
            return phrase;
        }
        Analysis a = morphology.analyze(head.text());
        if (a.readings().isEmpty() || !a.readings().get(0).tag().startsWith("NN")
                || a.readings().stream().anyMatch(r -> r.tag().contains(":Sin:Nom") || r.tag().contains(":Nom") && !r.tag().contains(":PL"))) {
            return phrase;
        }
        String lemma = cased(nameLemma(a, head.text(), votes), head.text());
        return lemma + phrase.substring(head.text().length());
    }

    /** "РИА «Новости" (factRuEval's span ends before the closing mark) is named "РИА «Новости»". */
    private static String balanced(String name) {
        int open = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            open += c == '«' ? 1 : c == '»' ? -1 : 0;
        }
        return open > 0 ? name + "»".repeat(open) : name;
    }

    /** True when {@code words} is an acronym ("ФСБ") of the group's full name. */
    private static boolean abbreviates(Group g, List<Token> words) {
        if (g.words == null) {
            return false;
        }
        List<String> full = g.words;
        String shortForm = words.size() == 1 ? words.get(0).text() : null;
        if (shortForm != null && isAcronym(shortForm) && full.size() > 1) {
            return shortForm.equalsIgnoreCase(initials(full));
        }
        if (g.nameIsAcronym && full.size() == 1 && words.size() > 1) {
            return full.get(0).equalsIgnoreCase(initials(words.stream().map(Token::text).toList()));
        }
        return false;
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                sb.appendCodePoint(w.codePointAt(0));
            }
        }
        return sb.toString();
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** The lemma written the way the text writes the word: capitalised, or all capitals. */
    private static String cased(String lemma, String surface) {
        if (isAcronym(surface)) {
            return lemma.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(lemma.length());
        boolean startOfPart = true;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            sb.append(startOfPart && Character.isUpperCase(surface.charAt(0)) ? Character.toUpperCase(c) : c);
            startOfPart = c == '-';
        }
        return sb.toString();
    }

    private static final class Group {
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        String firstName;
        String surname;
        boolean feminine;
        String name;
        boolean nameIsAcronym;
        List<String> words;

        Group(EntityType type) {
            this.type = type;
        }

        int firstStart() {
            return mentions.stream().mapToInt(Mention::start).min().orElse(0);
        }

        String canonicalName() {
            if (type != EntityType.PERSON) {
                return name;
            }
            String last = surname == null ? null : feminine ? feminine(surname) : surname;
            if (firstName != null && last != null) {
                return firstName + " " + last;
            }
            return last != null ? last : firstName;
        }

        /** The dictionary gives the masculine lemma of a surname; a woman's first name asks for her form. */
        private static String feminine(String surname) {
            for (String[] e : new String[][] {{"ский", "ская"}, {"цкий", "цкая"}, {"ов", "ова"}, {"ев", "ева"},
                    {"ёв", "ёва"}, {"ин", "ина"}, {"ын", "ына"}}) {
                if (surname.endsWith(e[0])) {
                    return surname.substring(0, surname.length() - e[0].length()) + e[1];
                }
            }
            return surname;
        }
    }
}
