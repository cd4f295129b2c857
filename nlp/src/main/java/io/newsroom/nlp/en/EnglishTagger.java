package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.CompactMaxentModel;
import io.newsroom.nlp.ner.NameBeamDecoder;
import io.newsroom.nlp.ner.EntityTagger;
import io.newsroom.nlp.ner.MentionFinder;
import io.newsroom.nlp.ner.Token;
import io.newsroom.nlp.ner.TypedSpan;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English PERSON, LOCATION and ORGANIZATION mentions: {@link EnglishTokenizer}, a maxent name finder with
 * {@link EnglishNameFinderFactory}'s features decoded with a beam per sentence, then what a flat tagger misses:
 * <ul>
 *   <li>span edges: no punctuation, no leading "the", no possessive, no title before a person ("Chancellor");</li>
 *   <li>document consistency: a name keeps the type its most confident mentions gave it (a dateline's place
 *       stays a place), is named wherever else
 *       the article writes it, and a person's surname alone is that person;</li>
 *   <li>gazetteers: countries the model left out, places listed next to places ("France, Italy and Spain"), and
 *       places before the kind of place they are ("the Kherson province");</li>
 *   <li>sports: a team named by its city ("Toronto 3 Boston 2", "TORONTO BEAT BOSTON") is an organisation;
 *       countries stay places (national teams are written as the country);</li>
 *   <li>wire copy: a dateline's place ("BEIJING 1996-11-02", "LONDON ( Reuters ) -"), no name in a headline's
 *       topic slug ("RUGBY UNION -"), names before scores in
 *       results tables ("Dunmore Rovers 2 Kessington 1", scores left out), and athletes with their country
 *       ("Lars Brandvold ( Norway )", "Lars Brandvold of Norway").</li>
 * </ul>
 * The model is read from its zip directly, as {@code ner.EntityTagger} does (OpenNLP's extension loader breaks
 * under Quarkus' class loaders). Thread-safe: one decoder (with its document state) per thread.
 */
public final class EnglishTagger implements MentionFinder {

    public static final String DEFAULT_MODEL_RESOURCE = "/models/en-entities.bin";
    static final int BEAM_SIZE = Integer.getInteger("ner.beam", 3);
    /** A mention at least this sure names the same words elsewhere in the article. */
    static final double CONFIDENT = 0.8;
    /** The weight of a type read off a results line's layout, which outvotes the model's guesses elsewhere. */
    static final double BY_LAYOUT = 3.0;

    private static final Set<String> SPORTS_VERBS = Set.of("beat", "beats", "down", "downs", "edge", "edges", "rout",
            "routs", "crush", "crushes", "thrash", "thrashes", "top", "tops", "sink", "sinks", "stun", "stuns", "hold",
            "holds", "held", "draw", "drew", "lose", "loses", "lost", "win", "wins", "won", "rally", "rallies", "clinch",
            "clinches", "blank", "blanks", "sweep", "sweeps", "defeat", "defeats", "defeated", "hammer", "hammers",
            "outlast", "outlasts", "overpower", "overpowers", "whip", "whips", "maul", "mauls", "trounce", "trounces",
            "upset", "upsets", "shade", "shades", "edged", "routed", "crushed", "thrashed", "stunned", "swept", "blanked");

    /** Verbs of saying that follow or precede a speaker's name in news ("Saqib said", "said Guilbeault"). */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "explained", "explains",
            "wrote", "writes", "asked", "asks", "argued", "argues", "noted", "notes", "recalled", "recalls", "insisted",
            "insists", "admitted", "admits", "warned", "warns", "stressed", "replied", "acknowledged", "acknowledges");
    /** Capitalised words before "said" that are not names. */
    private static final Set<String> NOT_SPEAKERS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "this",
            "that", "there", "one", "someone", "everyone", "nobody", "police", "officials", "sources", "witnesses",
            "experts", "analysts", "residents", "critics", "lawyers", "prosecutors", "authorities", "doctors", "some",
            "others", "many", "both", "all", "each", "his", "her", "their", "our", "its", "a", "an", "the", "and", "but",
            "as", "when", "then", "later", "also", "yesterday", "today", "tomorrow", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Of those, the verbs whose following name is the listener, not the speaker ("told El Mundo"). */
    private static final Set<String> TO_A_LISTENER = Set.of("told", "asked", "asks", "replied");

    /** Heads of event, treaty and prize names built on a place ("Paris Agreement", "Tokyo Olympics"): no place there. */
    private static final Set<String> PLACE_NAMED_THINGS = Set.of("Agreement", "Accord", "Accords", "Treaty", "Protocol",
            "Convention", "Declaration", "Summit", "Games", "Olympics", "Marathon", "Open", "Prize", "Award", "Awards",
            "Festival", "Biennale", "Doctrine", "Initiative", "Process", "Talks", "Round", "Cup", "Masters", "Classic",
            "Championship", "Championships", "Trophy", "Rally", "Tournament", "Prix");
    /** Sports events and prizes, which a name ending in them is, and no organisation ("the Hamburg Open"). */
    private static final Set<String> EVENTS = Set.of("Games", "Olympics", "Marathon", "Open", "Cup", "Masters",
            "Classic", "Championship", "Championships", "Trophy", "Rally", "Tournament", "Prix", "Awards", "Festival");

    /** Stage races named after a country: "Tour de France", "Tour of Britain", "Giro d'Italia". */
    private static final Set<String> TOURS = Set.of("tour", "giro", "vuelta");
    private static final Set<String> RACE_LINKS = Set.of("de", "of", "du");
    /** Prepositions between a sports verb and the other team ("drew with", "lost 2-1 to"). */
    private static final Set<String> SPORTS_LINKS = Set.of("to", "with", "against", "over", "by");

    /** Capital-letter words of news that name no organisation (roles, measures, media, emphasis). */
    private static final Set<String> NOT_ORGANISATIONS = Set.of("CEO", "CFO", "COO", "CTO", "GDP", "TV", "PM", "AM", "OT",
            "PC", "ID", "OK", "USD", "EUR", "GBP", "DNA", "HIV", "AIDS", "IT", "IPO", "CD", "DVD", "SUV", "VAT", "AI",
            "UFO", "FAQ", "PDF", "URL", "HTML", "SMS", "GPS", "LGBT", "LGBTQ", "NB", "PS", "RIP", "BBQ", "ATM", "PIN",
            "MP", "MPS", "MEP", "CCTV", "COVID", "SARS", "MRI", "ICU", "GMT", "UTC", "EST", "PST", "BST", "CET", "KM",
            "MPH", "KG", "NOT", "NO", "YES", "ALL", "NEW", "NOW", "THE", "AND", "OR", "BUT", "VERY", "NEVER", "ONLY",
            "MUST", "WILL", "REALLY", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI", "USB",
            "DIY", "VIP", "OMG", "LOL", "ASAP", "AKA", "FYI", "RSVP", "ETA", "ISBN", "GMO", "LED", "LCD",
            "HD", "VR", "AR", "APP", "API", "IQ", "PR", "HR", "QC", "QA", "MBA", "BA", "MA", "BSC", "MSC",
            "BC", "AD", "BCE", "CE", "ERA", "MVP", "RBI", "OST", "NE", "NW", "SE", "SW");

    /** Nationalities written as nouns, which no demonym ending gives ("Dane" of Denmark). */
    private static final Set<String> NATIONALITY_NOUNS = Set.of("dane", "briton", "swede", "turk", "scot", "pole",
            "frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman", "irishman",
            "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "spaniard", "kiwi", "aussie", "yank");
    /** Lower-case words of direction before a place ("northern Chad"). */
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "coastal", "rural", "mainland", "neighbouring", "neighboring");
    /** Words of a state's name ("Socialist Republic of Vietnam"): with "of" and a country, no person. */
    private static final Set<String> STATE_WORDS = Set.of("republic", "kingdom", "emirate", "emirates", "commonwealth",
            "principality", "state", "states", "islands", "province", "duchy", "sultanate", "federation", "people",
            "democratic", "socialist", "islamic", "arab", "federal", "grand", "central", "national", "royal");
    /** Lower-case words after a place's name that say what kind of place it is ("the Kherson province"). */
    private static final Set<String> PLACE_KINDS = Set.of("region", "province", "area", "district", "county",
            "oblast", "prefecture", "governorate", "municipality", "state", "valley", "peninsula", "coast");
    /** Lower-case words that may stand inside a name ("Bank of England", "Ludwig van Beethoven", "Rio de Janeiro"). */
    private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "and", "for", "de", "del", "della", "der",
            "den", "des", "di", "da", "do", "dos", "du", "la", "le", "les", "van", "von", "al", "el", "bin", "ibn",
            "upon", "on", "in", "at", "to", "y", "zu", "ter", "ten", "das", "las", "los", "st", "st.");
    /** Nouns of a market that a city's name goes before: "Tokyo shares", "Frankfurt bourse". */
    private static final Set<String> MARKETS = Set.of("shares", "stocks", "stock", "bonds", "bourse", "equities",
            "traders", "dealers", "brokers", "exchange", "market", "markets");
    /** Prepositions of place: a known place after them is that place ("in Paris", "to Jordan"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "to", "near", "into", "outside", "across",
            "around", "via", "toward", "towards");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "by", "for", "from", "since", "until",
            "after", "before", "during", "of", "to");
    /** A score or a cricket total: "3", "312", "222-5"; no decimals ("Version 1.50"). */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(-\\d{1,2})?");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(\\p{Lu}\\.){2,}");
    private static final Pattern SET_SCORE = Pattern.compile("[0-7]-[0-7]");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    /** A date as datelines write it: "1996-11-02", "02/11/1996". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}([-/.])\\d{1,2}\\1\\d{1,4}");
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");

    private final CompactMaxentModel model;
    private final EnglishGazetteer gazetteer;
    private final EnglishTokenizer tokenizer = new EnglishTokenizer();
    private final ThreadLocal<Decoder> decoders;
    private final String modelId;

    EnglishTagger(MaxentModel model, EnglishGazetteer gazetteer, String modelId) {
        this.model = CompactMaxentModel.of(model);
        this.gazetteer = gazetteer;
        this.modelId = modelId;
        this.decoders = ThreadLocal.withInitial(Decoder::new);
    }

    /** A model file, with the gazetteers beside it ({@code en-places.tsv}, {@code en-names.tsv}). */
    public static EnglishTagger load(Path modelFile) {
        try (InputStream in = Files.newInputStream(modelFile)) {
            Path folder = modelFile.toAbsolutePath().getParent();
            return new EnglishTagger(readModel(in), EnglishGazetteer.load(folder), modelFile.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity model " + modelFile, e);
        }
    }

    /** The model and gazetteers shipped in the jar, or {@code null} when the build has no English model. */
    public static EnglishTagger loadDefault() {
        try (InputStream in = EnglishTagger.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            return in == null ? null : new EnglishTagger(readModel(in), EnglishGazetteer.loadDefault(), "shipped");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity model " + DEFAULT_MODEL_RESOURCE, e);
        }
    }

    /** The maxent model inside a name-finder model file written by {@link TrainEnglishModel}. */
    static MaxentModel readModel(InputStream in) throws IOException {
        return EntityTagger.readNameFinder(in, EnglishNameFinderFactory.class);
    }

    public EnglishGazetteer gazetteer() {
        return gazetteer;
    }

    String modelId() {
        return modelId;
    }

    /** What {@code NameFinderME} does per sentence with our features; one per thread (document data). */
    private final class Decoder {
        private final NameBeamDecoder search = new NameBeamDecoder(model,
                new EnglishNameFinderFactory(gazetteer).createFeatureGenerators(), BEAM_SIZE);
        private final BioCodec codec = new BioCodec();

        List<Found> find(String[] words, int offset) {
            NameBeamDecoder.Tagging best = search.tag(words);
            double[] probs = best.probabilities();
            List<Found> out = new ArrayList<>();
            for (Span s : codec.decode(List.of(best.outcomes()))) {
                double confidence = 1;
                for (int i = s.getStart(); i < s.getEnd(); i++) {
                    confidence = Math.min(confidence, probs[i]);
                }
                out.add(new Found(offset + s.getStart(), offset + s.getEnd(), EntityType.valueOf(s.getType()), confidence));
            }
            return out;
        }
    }

    /** A mention as token indexes [from, to) while the text is being tagged. */
    record Found(int from, int to, EntityType type, double confidence) {
        Found typed(EntityType t) {
            return new Found(from, to, t, confidence);
        }
    }

    @Override
    public List<TypedSpan> find(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<int[]> sentences = tokenizer.sentences(text, tokens);
        Decoder decoder = decoders.get();
        decoder.search.clearAdaptiveData();
        List<Found> found = new ArrayList<>();
        int[] sentenceOf = new int[tokens.size()];
        boolean[] capitals = new boolean[sentences.size()];
        boolean[] titleCase = new boolean[sentences.size()];
        try {
            for (int k = 0; k < sentences.size(); k++) {
                int[] s = sentences.get(k);
                Arrays.fill(sentenceOf, s[0], s[1], k);
                String[] words = new String[s[1] - s[0]];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(s[0] + i).text();
                }
                capitals[k] = inCapitals(words);
                titleCase[k] = !capitals[k] && inTitleCase(words);
                for (Found whole : decoder.find(words, s[0])) {
                    for (Found f : splitAtCommonWords(tokens, whole)) {
                        Found edged = edges(tokens, f, s[0]);
                        if (edged != null) {
                            found.add(edged);
                        }
                    }
                }
            }
        } finally {
            decoder.search.clearAdaptiveData();
        }
        Text t = new Text(tokens, sentences, sentenceOf, capitals, titleCase, new boolean[tokens.size()]);
        found = datelines(t, found);
        found = headlineSlugs(t, found);
        found = resultsTables(t, found);
        found = athletes(t, found);
        found = consistentTypes(t, found);
        found = companies(t, found);
        found = repeated(t, found);
        found = placesFromGazetteer(t, found);
        found = sportsTeams(t, found);
        found = speakers(t, found);
        found = definedAcronyms(t, found);
        found = acronyms(t, found);
        found = organisationPhrases(t, found);
        found = titledPeople(t, found);
        found = wholePersonNames(t, found);
        found = firstNamesAndSurnames(t, found);
        found = events(t, found);
        found = groupAdjectives(t, found);
        found = countriesArePlaces(t, found);
        found = coordinated(t, found);
        found = placeLedNames(t, found);
        found = placesInBrackets(t, found);
        found = namedByTheirWords(t, found);
        found = headlineEchoes(t, found);
        List<TypedSpan> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new TypedSpan(tokens.get(f.from).start(), tokens.get(f.to - 1).end(), f.type));
        }
        out.sort(null);
        return out;
    }

    /** The tokens of the text being tagged, with their sentences, and which tokens are a dateline's place. */
    private record Text(List<Token> tokens, List<int[]> sentences, int[] sentenceOf, boolean[] capitals,
                        boolean[] titleCase, boolean[] dateline) {
        String word(int i) {
            return tokens.get(i).text();
        }

        /** Capitalised, or in a sentence written in capitals. */
        boolean nameLike(int i) {
            String w = word(i);
            return Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
        }

        boolean sentenceStart(int i) {
            return sentences.get(sentenceOf[i])[0] == i;
        }
    }

    /**
     * A headline or tweet in Title Case ("Solar Confusion Sets Housing Back"): most longer words after the first
     * capitalised, so that a capital tells less there and the rules that read names off capitals stay out.
     */
    static boolean inTitleCase(String[] words) {
        int longer = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                longer++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longer >= 3 && capitalised * 10 >= longer * 7;
    }

    static boolean inCapitals(String[] words) {
        int letters = 0;
        int upper = 0;
        for (String w : words) {
            if (w.length() > 1 && Character.isLetter(w.codePointAt(0))) {
                letters++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= 0.8 * letters;
    }

    /**
     * A lower-case word inside a mention that is no name particle ("of", "de", "von", "al"…) parts two names:
     * "Dagestan capital Makhachkala" is "Dagestan" and "Makhachkala".
     */
    private static List<Found> splitAtCommonWords(List<Token> tokens, Found f) {
        List<Found> parts = new ArrayList<>(1);
        int from = f.from;
        for (int i = f.from + 1; i < f.to - 1; i++) {
            String w = tokens.get(i).text();
            if (Character.isLowerCase(w.codePointAt(0)) && w.length() > 2 && !NAME_PARTICLES.contains(w)
                    && w.codePoints().allMatch(Character::isLetter)) {
                if (i > from) {
                    parts.add(new Found(from, i, f.type, f.confidence));
                }
                from = i + 1;
            }
        }
        parts.add(from == f.from ? f : new Found(from, f.to, f.type, f.confidence));
        return parts;
    }

    /** Punctuation, "the", a possessive and (for people) titles are not part of a name; {@code null} drops it. */
    private Found edges(List<Token> tokens, Found f, int sentenceFrom) {
        int from = f.from;
        int to = f.to;
        while (from < to && isPunctuation(tokens.get(from).text())) {
            from++;
        }
        if (to - from > 1 && f.type != EntityType.PERSON && HONORIFICS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                && !gazetteer.isPlace(join(tokens, from + 1, to))) {
            f = f.typed(EntityType.PERSON); // "MS PUGH", "Dr Okafor": an honorific makes a person ("DR Congo" does not)
        }
        while (to > from && (isPunctuation(tokens.get(to - 1).text()) || isPossessive(tokens.get(to - 1).text())
                || to - from > 1 && Character.isLowerCase(tokens.get(to - 1).text().codePointAt(0))
                && !EnglishGazetteer.isLegalForm(tokens.get(to - 1).text()))) {
            to--; // "the Interfax news agency", "the Bundesbank council": no part of the name; "Acme plc" is
        }
        if (to - from > 1 && tokens.get(from).text().equalsIgnoreCase("the")) {
            from++;
        }
        while (to - from > 1 && tokens.get(from).text().codePoints().allMatch(Character::isLowerCase)) {
            from++; // "southern Norway", "lowland Europe": a lower-case word opens no name
        }
        while (to - from > 1 && EnglishFeatureGenerator.isNumber(tokens.get(from).text())) {
            from++; // "65 Colin Montgomerie": a golfer's round before his name is no part of it
        }
        if (f.type == EntityType.PERSON) {
            while (to - from > 1 && (EnglishFeatureGenerator.isNumber(tokens.get(to - 1).text())
                    || ORDINAL.matcher(tokens.get(to - 1).text()).matches())) {
                to--; // "Ijaz Ahmed 61", "Luc Nilis 34th": a batsman's score, a scorer's minute is no part of a name
            }
            while (to - from > 1 && EnglishGazetteer.isTitle(tokens.get(from).text())) {
                from++;
            }
            if (to - from > 2 && isNationalityNoun(tokens.get(from).text())) {
                from++; // "Dane Soren Martensen": a nationality before the name
            }
        }
        if (from >= to) {
            return null;
        }
        String first = tokens.get(from).text();
        if (to - from == 1 && (first.codePoints().noneMatch(Character::isUpperCase) || first.length() == 1
                && !Character.isLetter(first.codePointAt(0)))) {
            return null; // names are written with a capital
        }
        if (to - from == 1 && EnglishGazetteer.isTitle(first)) {
            return null;
        }
        EntityType type = f.type;
        if (type != EntityType.LOCATION && from > 0 && DIRECTIONS.contains(tokens.get(from - 1).text())
                && gazetteer.isPlace(join(tokens, from, to))) {
            type = EntityType.LOCATION; // "northern Chad", "southern Albania": a region of a place is that place
        }
        if (f.type == EntityType.LOCATION && gazetteer.isDemonym(tokens.get(to - 1).text())) {
            return null; // "Australian", "South Korean": an adjective of a place, not the place
        }
        boolean peoplesOnly = true;
        for (int i = from; i < to && peoplesOnly; i++) {
            peoplesOnly = isNationalityNoun(tokens.get(i).text());
        }
        String only = tokens.get(from).text();
        if (peoplesOnly && (to - from > 1 || gazetteer.isListedPeople(only)
                || NATIONALITY_NOUNS.contains(only.toLowerCase(Locale.ROOT))
                || EnglishLexicon.PROPER.equals(gazetteer.wordClass(only)))) {
            // "Bosnian Serb", "CHECHEN", "Australian": peoples, which news annotation leaves out of names; one word
            // derived from a place only when a dictionary writes it capitalised alone ("Guardian", from "Guarda",
            // is a common word and may well be a newspaper)
            return null;
        }
        if (type == EntityType.PERSON && to - from == 1 && DOTTED_ABBREVIATION.matcher(first).matches()) {
            // "U.N. officials": initials stand before a surname, an abbreviation alone is a place or a body
            type = gazetteer.isPlace(first) ? EntityType.LOCATION : EntityType.ORGANIZATION;
        }
        if (f.type == EntityType.LOCATION && (namesAThing(tokens, to) || to - from > 1 && namesAThing(tokens, to - 1))) {
            return null; // "the Paris Agreement": the place names a treaty or an event, which is not a place
        }
        return new Found(from, to, type, f.confidence);
    }



    /**
     * A name keeps one type in an article: the type its mentions gave it, weighted by their confidence
     * ("Jordan" the player is not the country three lines later).
     */
    private static List<Found> consistentTypes(Text t, List<Found> found) {
        Map<String, double[]> votes = new HashMap<>();
        for (Found f : found) {
            if (t.dateline[f.from]) {
                continue; // a dateline's place is a place by layout: it neither votes nor is retyped
            }
            votes.computeIfAbsent(key(t, f.from, f.to), k -> new double[EntityType.values().length])[f.type.ordinal()]
                    += f.confidence;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (t.dateline[f.from]) {
                out.add(f);
                continue;
            }
            out.add(f.typed(EntityType.values()[best(votes.get(key(t, f.from, f.to)), f.type.ordinal())]));
        }
        return out;
    }

    /** Verbs of a share price's move, in the past tense that market reports use. */
    private static final Set<String> PRICE_VERBS = Set.of("rose", "fell", "gained", "slipped", "eased", "climbed",
            "jumped", "dropped", "tumbled", "firmed", "shed", "slid", "surged", "plunged", "dipped", "advanced",
            "declined", "soared", "sank", "lost", "added");

    /** Nouns of people who work at an organisation: "an analyst at Merrill Lynch", "a trader at Dresdner Bank". */
    private static final Set<String> STAFF = Set.of("analyst", "analysts", "economist", "economists", "trader",
            "traders", "dealer", "dealers", "strategist", "strategists", "spokesman", "spokeswoman", "spokesperson",
            "executive", "executives", "researcher", "researchers", "employee", "employees", "engineer", "engineers",
            "banker", "bankers", "manager", "managers", "professor", "lecturer", "director", "chairman", "chief");

    /**
     * Business copy names companies by what it says of them, whatever the model made of the name: a legal form
     * after it ("Hoechst AG", "Hartwell Motor Co"), its shares ("Daimler-Benz shares", "shares in Volvo", "a stake
     * in Marion Merrell Dow"), its staff ("an analyst at Merrill Lynch"). Such a name is an organisation wherever
     * else the article names it. Places, nationalities and months are left alone ("Tokyo shares", "German
     * shares", "a trader in Frankfurt"); mixed-case sentences only.
     */
    private List<Found> companies(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        Set<String> names = new java.util.HashSet<>();
        for (int k = 0; k < t.sentences.size(); k++) {
            if (t.capitals[k]) {
                continue;
            }
            int[] s = t.sentences.get(k);
            for (int i = s[0]; i < s[1]; i++) {
                String w = t.word(i);
                String lower = w.toLowerCase(Locale.ROOT);
                int from = -1;
                int to = -1;
                if (t.nameLike(i) && EnglishGazetteer.isLegalForm(w) && i > s[0]) {
                    from = runBefore(t, i, s[0]);
                    to = from < i ? i + 1 : -1;
                } else if (w.equals("news") && i + 1 < s[1] && t.word(i + 1).equals("agency")) {
                    from = runBefore(t, i, s[0]); // "Itar-Tass news agency", "the official Xinhua news agency"
                    to = i;
                } else if ((lower.equals("shares") || lower.equals("stock")) && w.equals(lower)) {
                    from = runBefore(t, i, s[0]);
                    to = i;
                }
                if (to <= from && PRICE_VERBS.contains(w) && i > s[0] && priceMove(t, i + 1, s[1])
                        && !resultsSentence(t, i)) {
                    // "Volkswagen rose 1.50 marks", "Toyota fell 20 yen to 1,890": a share price moving
                    int run = runBefore(t, i, s[0]);
                    int end = i;
                    boolean person = found.stream().anyMatch(f -> f.type == EntityType.PERSON && f.from < end && f.to > run);
                    if (run < i && !person && !(run == s[0] && i - run == 1 && gazetteer.wordClass(t.word(run)) != null
                            && !EnglishLexicon.PROPER.equals(gazetteer.wordClass(t.word(run))))) {
                        from = run;
                        to = i;
                    }
                }
                if (to <= from && i + 2 < s[1] && (STAFF.contains(lower) && (t.word(i + 1).equals("at")
                        || t.word(i + 1).equals("with")) || (lower.equals("shares") || lower.equals("stake")
                        || lower.equals("stakes")) && (t.word(i + 1).equals("in") || t.word(i + 1).equals("of")))) {
                    from = i + 2;
                    to = runAfter(t, from, s[1]);
                    int and = to;
                    int second = and + 1 < s[1] && t.word(and).equals("and") ? runAfter(t, and + 1, s[1]) : and;
                    if (second > and + 1 && !gazetteer.isCountry(join(t, and + 1, second)) && !isMonth(t.word(and + 1))
                            && !EnglishGazetteer.isTitle(t.word(and + 1))) { // banks are named after towns: "Midland"
                        // "dealers at Barclays and Midland": both are the staff's employers
                        int a = and + 1;
                        int b = second;
                        out.removeIf(f -> f.from < b && f.to > a);
                        out.add(new Found(a, b, EntityType.ORGANIZATION, CONFIDENT));
                        names.add(key(t, a, b));
                    }
                }
                if (from < 0 || to <= from || !companyName(t, from, EnglishGazetteer.isLegalForm(t.word(to - 1)) && to - from > 1 ? to - 1 : to)) {
                    continue;
                }
                int a = from;
                int b = to;
                out.removeIf(f -> f.from < b && f.to > a);
                out.add(new Found(from, to, EntityType.ORGANIZATION, CONFIDENT));
                names.add(key(t, from, to));
                if (to - from > 1 && EnglishGazetteer.isLegalForm(t.word(to - 1))) {
                    names.add(key(t, from, to - 1)); // "Hoechst AG" … "Hoechst"
                }
            }
        }
        out.replaceAll(f -> f.type != EntityType.ORGANIZATION && !t.dateline[f.from] && names.contains(key(t, f.from, f.to))
                ? f.typed(EntityType.ORGANIZATION) : f);
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** Where a run of up to four capitalised words (and "&") ending right before {@code end} starts. */
    private static int runBefore(Text t, int end, int sentenceFrom) {
        int from = end;
        while (from > sentenceFrom && end - from < 4 && (t.nameLike(from - 1) || t.word(from - 1).equals("&"))) {
            from--;
        }
        while (from < end && !t.nameLike(from)) {
            from++;
        }
        return from;
    }

    /** Where a run of up to four capitalised words (and "&", and a legal form) starting at {@code from} ends. */
    private static int runAfter(Text t, int from, int sentenceTo) {
        int to = from;
        while (to < sentenceTo && to - from < 4 && (t.nameLike(to) || t.word(to).equals("&"))) {
            to++;
        }
        while (to > from && !t.nameLike(to - 1)) {
            to--;
        }
        return to;
    }

    /** A name a company could have: not a place, a nationality, a month, a title or a sentence's first "The". */
    /** A price's move after a verb: a figure that is no score, maybe after "to" or "by" ("1.50", "by 3.2"). */
    private static boolean priceMove(Text t, int i, int end) {
        if (i < end && (t.word(i).equals("to") || t.word(i).equals("by"))) {
            i++;
        }
        return i < end && EnglishFeatureGenerator.isNumber(t.word(i)) && !t.word(i).contains("-");
    }

    private boolean companyName(Text t, int from, int to) {
        if (to <= from) {
            return false;
        }
        String name = join(t, from, to);
        String first = t.word(from);
        return !gazetteer.isPlace(name) && !gazetteer.isDemonym(name) && !isNationalityNoun(name) && !isMonth(first)
                && !EnglishGazetteer.isTitle(first) && !NOT_SPEAKERS.contains(first.toLowerCase(Locale.ROOT))
                && !EnglishGazetteer.isLegalForm(first);
    }

    /** The token at {@code next} heads a treaty, event or prize name that a place before it is part of. */
    private static boolean namesAThing(List<Token> tokens, int next) {
        return next < tokens.size() && inTitleCase(PLACE_NAMED_THINGS, tokens.get(next).text());
    }

    /**
     * Sports events are no organisations or places: a name ending in an event word ("the Hamburg Open", "HAMBURG
     * OPEN", "the Stanley Cup") and a country a stage race is named after ("Tour de France"). Last, so that no
     * other rule names the words again (a first name opens "Stanley Cup").
     */
    private static List<Found> events(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean event = f.type != EntityType.PERSON && f.to - f.from > 1 && isEvent(t.word(f.to - 1));
            boolean race = f.type == EntityType.LOCATION && f.from >= 2
                    && RACE_LINKS.contains(t.word(f.from - 1).toLowerCase(Locale.ROOT))
                    && TOURS.contains(t.word(f.from - 2).toLowerCase(Locale.ROOT));
            if (!event && !race) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A country's name alone is a place, as newswire annotation has it, also where it stands for the country's
     * government ("Peru's civil aviation authority said"), which the model learnt from UNER PUD to call an
     * organisation; national teams are places too (see {@link #sportsTeams}).
     */
    private List<Found> countriesArePlaces(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean country = f.type == EntityType.ORGANIZATION && gazetteer.isCountry(join(t, f.from, f.to));
            out.add(country ? f.typed(EntityType.LOCATION) : f);
        }
        return out;
    }

    /** Nouns for armed or political groups, which a nationality or an ethnic adjective stands before. */
    private static final Set<String> GROUPS = Set.of("rebel", "rebels", "separatist", "separatists", "troops",
            "forces", "fighters", "guerrillas", "guerrilla", "militia", "militias", "militants", "soldiers",
            "refugees", "leaders", "commander", "commanders", "police", "nationalists", "insurgents", "gunmen");

    /**
     * One capitalised word before a group noun is the group's nationality or people ("Chechen rebels", "Serb
     * forces"), which news annotation leaves out, not a person or a place; unless the article names a person with
     * that word in a longer name. Organisations stay ("NATO forces", "Hamas leaders").
     */
    private static List<Found> groupAdjectives(Text t, List<Found> found) {
        Set<String> personWords = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.type == EntityType.PERSON && f.to - f.from > 1) {
                for (int i = f.from; i < f.to; i++) {
                    personWords.add(EnglishGazetteer.key(t.word(i)));
                }
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean adjective = f.type != EntityType.ORGANIZATION && f.to - f.from == 1 && f.to < t.tokens.size()
                    && t.sentenceOf[f.to] == t.sentenceOf[f.from] && GROUPS.contains(t.word(f.to))
                    && !personWords.contains(EnglishGazetteer.key(t.word(f.from)));
            if (!adjective) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean isEvent(String word) {
        return inTitleCase(EVENTS, word);
    }

    /** The word as written, or in a headline in capitals ("HAMBURG OPEN"), in a set of title-case words. */
    private static boolean inTitleCase(Set<String> words, String w) {
        return words.contains(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                && words.contains(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * "Daewoo and Samsung", "Siemens , Bayer and BASF": a capitalised word or two the model left out, joined by "and",
     * "or" or a comma to a name, is a name of the same type (lists name like things), unless a dictionary has it
     * as a common word.
     */
    private List<Found> coordinated(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        EntityType[] typeAt = new EntityType[t.tokens.size()];
        for (Found f : found) {
            Arrays.fill(typeAt, f.from, f.to, f.type);
        }
        List<Found> out = new ArrayList<>(found);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < t.tokens.size(); i++) {
                if (covered[i] || !coordinable(t, i) || i > 0 && t.nameLike(i - 1) && !t.sentenceStart(i)) {
                    continue;
                }
                int to = i + 1;
                if (to < t.tokens.size() && t.sentenceOf[to] == t.sentenceOf[i] && !covered[to] && coordinable(t, to)) {
                    to++;
                }
                if (to < t.tokens.size() && t.nameLike(to) && !covered[to]) {
                    continue; // part of a longer capitalised phrase
                }
                EntityType type = joinedType(t, typeAt, i - 1, -1, i);
                if (type == null) {
                    type = joinedType(t, typeAt, to, 1, i);
                }
                if (type != null) {
                    out.add(new Found(i, to, type, 0.5));
                    Arrays.fill(covered, i, to, true);
                    Arrays.fill(typeAt, i, to, type);
                    i = to - 1;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    private boolean coordinable(Text t, int i) {
        String w = t.word(i);
        String c = gazetteer.wordClass(w);
        return t.nameLike(i) && w.length() > 1 && (c == null || c.equals(EnglishLexicon.PROPER))
                && !EnglishGazetteer.isTitle(w) && !gazetteer.isDemonym(w) && !isNationalityNoun(w) && !isMonth(w)
                && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT)) && !NOT_ORGANISATIONS.contains(w);
    }

    /** The type of the name across "and", "or" or a comma from token {@code i}, in the same sentence, or null. */
    private static EntityType joinedType(Text t, EntityType[] typeAt, int sep, int direction, int i) {
        int other = sep + direction;
        if (sep < 0 || sep >= t.tokens.size() || other < 0 || other >= t.tokens.size()
                || t.sentenceOf[other] != t.sentenceOf[i] || t.capitals[t.sentenceOf[i]]) {
            return null;
        }
        String s = t.word(sep);
        return (s.equals("and") || s.equals("or") || s.equals(",")) && !t.titleCase[t.sentenceOf[i]] ? typeAt[other] : null;
    }

    /**
     * The words after a country that make a body of it ("Israel Radio", "Ukraine Railways"); after a country other
     * words are more often what is of it ("US Visas", "Australia Day", "Qatar Heroes").
     */
    private static final Set<String> COUNTRY_BODIES = Set.of("radio", "television", "tv", "telecom", "railways",
            "railway", "airlines", "airways", "post", "times", "daily", "herald", "press", "broadcasting", "mail",
            "telegraph", "today", "online", "army", "navy", "police", "customs", "rugby", "cricket", "football",
            "soccer", "hockey", "basketball", "athletics", "olympic", "first");

    /** Words after a place that make no name of it with them: "Texas Republican", "Moscow Mayor". */
    private static final Set<String> NOT_AFTER_PLACES = Set.of("democrat", "democrats", "republican", "republicans",
            "congressman", "congresswoman", "officials", "police", "time", "mayor", "governor",
            // and the words of geography, which make a place of a place: "Kansas City", "Hudson River"
            "city", "town", "island", "islands", "isles", "river", "lake", "lakes", "mountain", "mountains", "mount",
            "bay", "sea", "ocean", "strait", "straits", "gulf", "park", "street", "square", "airport", "bridge",
            "harbour", "harbor", "port", "beach", "hills", "falls", "canyon", "desert", "forest", "plain", "plains",
            "heights", "springs", "creek", "canal", "basin", "delta", "highlands", "metropolitan", "central", "north",
            "south", "east", "west", "upper", "lower", "new", "old", "great", "greater", "little", "county", "borough",
            "village", "township", "parish", "capital", "centre", "center", "cathedral", "church", "palace", "castle",
            "abbey", "tower", "hall", "stadium", "arena", "road", "avenue", "boulevard", "station", "territory",
            "territories", "cape", "point", "head", "glacier", "reef", "atoll", "archipelago", "garden", "gardens",
            "zoo", "museum", "crisis", "war", "wars", "affair", "campaign", "summit", "conference", "edition",
            "grand", "house", "water", "gap", "corner", "circuit", "track", "course", "day", "live");

    /**
     * "Utah Jazz", "Israel Radio", "Washington Post": a place the model named, then a capitalised dictionary word or
     * two it left out, are one name together, an organisation's (a team's, a broadcaster's, a paper's); a title
     * ("Moscow Mayor"), a person's first name or a place after it makes none.
     */
    private List<Found> placeLedNames(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int to = f.to;
            if (f.type == EntityType.LOCATION && !t.capitals[t.sentenceOf[f.from]] && !t.titleCase[t.sentenceOf[f.from]]
                    && !t.dateline[f.from]) {
                boolean country = gazetteer.isCountry(join(t, f.from, f.to));
                while (to < t.tokens.size() && to - f.to < 3 && t.sentenceOf[to] == t.sentenceOf[f.from] && !covered[to]
                        && wordAfterPlace(t, to) && (!country || COUNTRY_BODIES.contains(t.word(to).toLowerCase(Locale.ROOT)))) {
                    to++;
                }
            }
            boolean whole = f.type == EntityType.LOCATION && to == f.to && f.to - f.from >= 2 && !t.titleCase[t.sentenceOf[f.from]]
                    && wordAfterPlace(t, f.to - 1) && (!gazetteer.isCountry(join(t, f.from, f.to - 1))
                        || COUNTRY_BODIES.contains(t.word(f.to - 1).toLowerCase(Locale.ROOT)))
                    && gazetteer.isPlace(join(t, f.from, f.to - 1)) && !gazetteer.isPlace(join(t, f.from, f.to));
            out.add(whole ? f.typed(EntityType.ORGANIZATION) // the model's own "Israel Radio"
                    : to == f.to ? f : new Found(f.from, to, EntityType.ORGANIZATION, f.confidence));
        }
        return out;
    }

    private boolean wordAfterPlace(Text t, int i) {
        String w = t.word(i);
        String c = gazetteer.wordClass(w);
        return t.nameLike(i) && w.length() > 1 && w.codePoints().skip(1).allMatch(Character::isLowerCase)
                && c != null && !c.equals(EnglishLexicon.PROPER) && !EnglishGazetteer.isTitle(w)
                && !PERSON_TITLES.contains(w.toLowerCase(Locale.ROOT)) && !gazetteer.isFirstName(w)
                && !gazetteer.isPlace(w) && !gazetteer.isDemonym(w) && !isMonth(w) && !PLACE_KINDS.contains(w.toLowerCase(Locale.ROOT))
                && !NOT_AFTER_PLACES.contains(w.toLowerCase(Locale.ROOT)) && !isEvent(w)
                && !PLACE_NAMED_THINGS.contains(w) && !SPEECH_VERBS.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * What a name's own words or the word after it say: "Bundesbank", "Rabobank" end in "bank" and are banks; "the
     * Williams team" is a team; "Inner" before "Mongolia" is part of the place "Inner Mongolia" when the two are
     * a known place.
     */
    private List<Found> namedByTheirWords(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String last = t.word(f.to - 1).toLowerCase(Locale.ROOT);
            if (f.type != EntityType.ORGANIZATION && f.to - f.from == 1 && last.length() > 6 && last.endsWith("bank")
                    && Character.isUpperCase(t.word(f.from).codePointAt(0))) {
                out.add(f.typed(EntityType.ORGANIZATION));
            } else if (f.type == EntityType.PERSON && f.to - f.from == 1 && f.to < t.tokens.size()
                    && t.word(f.to).equals("team") && f.from > 0 && TEAM_OWNERS.contains(t.word(f.from - 1).toLowerCase(Locale.ROOT))) {
                out.add(f.typed(EntityType.ORGANIZATION)); // "his Williams team": a person's name for a racing team
            } else if (f.type == EntityType.LOCATION && f.from > 0 && !covered[f.from - 1] && t.nameLike(f.from - 1)
                    && t.sentenceOf[f.from - 1] == t.sentenceOf[f.from] && gazetteer.isPlace(join(t, f.from - 1, f.to))) {
                out.add(new Found(f.from - 1, f.to, f.type, f.confidence)); // "Inner Mongolia", "Western Sahara"
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static final Set<String> TEAM_OWNERS = Set.of("the", "his", "her", "their", "its");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** "Ato Boldon ( Trinidad )": a known place in brackets after a person is where they come from, not a person. */
    private List<Found> placesInBrackets(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int n = 1; n < out.size(); n++) {
            Found f = out.get(n);
            Found before = out.get(n - 1);
            if (f.type != EntityType.LOCATION && f.from >= 2 && f.to < t.tokens.size() && t.word(f.from - 1).equals("(")
                    && t.word(f.to).equals(")") && before.type == EntityType.PERSON && before.to == f.from - 1
                    && gazetteer.isPlace(join(t, f.from, f.to))) {
                out.set(n, f.typed(EntityType.LOCATION));
            }
        }
        return out;
    }

    /**
     * A line in capitals ("JUVENTUS BEAT PARMA", "SELES BEATS HINGIS") is read with the story's own names: a word or
     * phrase there that the story names in mixed case takes the story's type, or the person's whose surname it is,
     * named or not by the model (a headline's words have no case to tell by, the story's do).
     */
    private static List<Found> headlineEchoes(Text t, List<Found> found) {
        Map<String, double[]> votes = new HashMap<>();
        for (Found f : found) {
            if (!t.capitals[t.sentenceOf[f.from]]) {
                votes.computeIfAbsent(key(t, f.from, f.to), k -> new double[EntityType.values().length])[f.type.ordinal()]
                        += f.confidence;
                if (f.type == EntityType.PERSON && f.to - f.from > 1) {
                    votes.computeIfAbsent(key(t, f.to - 1, f.to), k -> new double[EntityType.values().length])
                            [EntityType.PERSON.ordinal()] += f.confidence;
                }
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            double[] v = t.capitals[t.sentenceOf[f.from]] && !t.dateline[f.from] ? votes.get(key(t, f.from, f.to)) : null;
            out.add(v == null ? f : f.typed(EntityType.values()[best(v, 0)]));
        }
        boolean[] covered = covered(t, out);
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || !t.capitals[t.sentenceOf[i]]) {
                continue;
            }
            for (int length = 4; length >= 1; length--) {
                int to = i + length;
                if (to > t.tokens.size() || t.sentenceOf[to - 1] != t.sentenceOf[i] || anyCovered(covered, i, to)) {
                    continue;
                }
                double[] v = votes.get(key(t, i, to));
                if (v != null && !isPunctuation(t.word(i))) {
                    out.add(new Found(i, to, EntityType.values()[best(v, 0)], 0.5));
                    Arrays.fill(covered, i, to, true);
                    i = to - 1;
                    break;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** The type with the most votes; {@code start} keeps a tie. */
    private static int best(double[] votes, int start) {
        int best = start;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > votes[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Words named with confidence somewhere in the article are named wherever else it writes them (capitalised),
     * and a person's surname or first name alone is that person ("Angela Merkel" … "Merkel").
     */
    private List<Found> repeated(Text t, List<Found> found) {
        Map<String, EntityType> sure = new HashMap<>();
        Map<String, EntityType> surnames = new HashMap<>();
        for (Found f : found) {
            if (f.confidence >= CONFIDENT) {
                sure.putIfAbsent(key(t, f.from, f.to), f.type);
            }
            if (f.type == EntityType.PERSON && f.to - f.from > 1) {
                surnames.putIfAbsent(EnglishGazetteer.key(t.word(f.to - 1)), EntityType.PERSON);
            }
            if (f.type != EntityType.PERSON && f.to - f.from > 1 && !t.capitals[t.sentenceOf[f.from]]) {
                // "World Health Organization" … "WHO": the acronym of a name in the article is that name
                List<String> words = new ArrayList<>();
                for (int i = f.from; i < f.to; i++) {
                    words.add(t.word(i));
                }
                String acronym = EnglishEntities.initials(words);
                if (acronym.length() >= 2) {
                    sure.putIfAbsent(acronym, f.type);
                }
            }
        }
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            // a one-word mention the model typed otherwise is the person whose surname it is
            if (f.to - f.from == 1 && f.type != EntityType.PERSON && f.confidence < 0.95
                    && surnames.containsKey(EnglishGazetteer.key(t.word(f.from)))) {
                out.add(f.typed(EntityType.PERSON));
            } else {
                out.add(f);
            }
        }
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || !t.nameLike(i)) {
                continue;
            }
            Found add = null;
            for (int length = 4; length >= 1 && add == null; length--) {
                int to = i + length;
                if (to > t.tokens.size() || anyCovered(covered, i, to) || !t.nameLike(to - 1)) {
                    continue;
                }
                String k = key(t, i, to);
                EntityType type = sure.get(k);
                if (type == null && length == 1 && surnames.containsKey(k)
                        && !(t.sentenceStart(i) && EnglishGazetteer.isTitle(t.word(i)))) {
                    type = EntityType.PERSON;
                }
                if (type == EntityType.LOCATION && namesAThing(t.tokens, to)) {
                    type = null; // "Paris" elsewhere, but "the Paris Agreement" here
                }
                if (type != null) {
                    add = new Found(i, to, type, 0.5);
                }
            }
            if (add != null) {
                out.add(add);
                Arrays.fill(covered, add.from, add.to, true);
                i = add.to - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * Countries the model left out are places wherever they are written with a capital, and other known places
     * are when listed next to a place ("Paris, Lyon and Marseille"), before the kind of place they are ("the
     * Kherson province") or alone mid-sentence when no dictionary has them as a common word ("and Tokyo shares
     * fell").
     */
    private List<Found> placesFromGazetteer(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        EntityType[] typeAt = new EntityType[t.tokens.size()];
        for (Found f : found) {
            Arrays.fill(typeAt, f.from, f.to, f.type);
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean market = f.type == EntityType.PERSON && f.to < t.tokens.size() && MARKETS.contains(t.word(f.to))
                    && gazetteer.isPlace(join(t, f.from, f.to));
            out.add(market ? f.typed(EntityType.LOCATION) : f);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < t.tokens.size(); i++) {
                if (covered[i] || !t.nameLike(i) || i > 0 && !covered[i - 1] && t.nameLike(i - 1)
                        && !t.capitals[t.sentenceOf[i]] && !(t.sentenceStart(i - 1) && PREPOSITIONS.contains(
                        t.word(i - 1).toLowerCase(Locale.ROOT)))) {
                    continue; // inside a longer capitalised phrase the model did not name: not ours to cut
                }
                for (int length = Math.min(EnglishGazetteer.MAX_PLACE_TOKENS, t.tokens.size() - i); length >= 1; length--) {
                    int to = i + length;
                    if (anyCovered(covered, i, to) || !t.nameLike(to - 1)
                            || to < t.tokens.size() && !covered[to] && t.nameLike(to) && !t.capitals[t.sentenceOf[i]]) {
                        continue;
                    }
                    String name = join(t, i, to);
                    boolean country = gazetteer.isCountry(name) && !(name.equals("US") && t.capitals[t.sentenceOf[i]]);
                    boolean listed = gazetteer.isPlace(name) && (listedWith(t, typeAt, i - 1, -1) || listedWith(t, typeAt, to, 1));
                    boolean kindAfter = gazetteer.isPlace(name) && !t.capitals[t.sentenceOf[i]] && to < t.tokens.size()
                            && PLACE_KINDS.contains(t.word(to)); // "the Kherson province"
                    // "while Norwich lost", "and Tokyo shares fell": a known place no dictionary has as a common word,
                    // alone between lower-case words, not beside a verb of saying ("said Chandler")
                    String c = gazetteer.wordClass(t.word(i));
                    // "In Tokyo ,", "Tokyo shares fell": so at a sentence's start too, after its opening preposition;
                    // after a preposition of place, a place that is also a first name or a lower-case word ("in Paris")
                    boolean opening = i > 0 && t.sentenceStart(i - 1) && PREPOSITIONS.contains(t.word(i - 1).toLowerCase(Locale.ROOT));
                    // "Paris shares", "Kabul stocks": a market is named by its city
                    boolean market = to < t.tokens.size() && MARKETS.contains(t.word(to));
                    boolean afterPreposition = market || i > 0 && LOCATIVES.contains(t.word(i - 1).toLowerCase(Locale.ROOT));
                    boolean lone = length == 1 && gazetteer.isPlace(name) && !t.capitals[t.sentenceOf[i]]
                            && (c == null || c.equals(EnglishLexicon.PROPER) || afterPreposition && c.equals(EnglishLexicon.BOTH))
                            && (afterPreposition || !gazetteer.isFirstName(name)) && gazetteer.nameType(name) != EntityType.PERSON
                            && (i == 0 || t.sentenceStart(i) || opening || !t.nameLike(i - 1) && !SPEECH_VERBS.contains(t.word(i - 1)))
                            && (to >= t.tokens.size() || !t.nameLike(to) && !SPEECH_VERBS.contains(t.word(to)));
                    if (country || listed || kindAfter || lone) {
                        Found f = new Found(i, to, EntityType.LOCATION, 0.5);
                        out.add(f);
                        Arrays.fill(covered, i, to, true);
                        Arrays.fill(typeAt, i, to, EntityType.LOCATION);
                        break;
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** A place on the other side of a list separator at {@code sep} ("," "and" "or" "/"). */
    private static boolean listedWith(Text t, EntityType[] typeAt, int sep, int direction) {
        if (sep < 0 || sep >= t.tokens.size()) {
            return false;
        }
        String s = t.word(sep);
        int other = sep + direction;
        return (s.equals(",") || s.equals("and") || s.equals("or") || s.equals("/") || s.equals(";"))
                && other >= 0 && other < t.tokens.size() && typeAt[other] == EntityType.LOCATION;
    }

    /**
     * Teams named by their city: in a results line (a name followed by a score, with few lower-case words), a
     * fixtures line ("Seattle at Oakland") or around a sports verb ("TORONTO BEAT BOSTON", "Leeds drew with
     * Bristol", "Toronto won 5-3 against Boston"), a city is an organisation, and so
     * it is wherever else the article names it, but in its dateline. Countries stay places, as national teams are
     * annotated in news corpora.
     */
    private List<Found> sportsTeams(Text t, List<Found> found) {
        found = matchSides(t, found);
        List<Found> out = new ArrayList<>(found.size());
        Set<String> teams = new java.util.HashSet<>();
        for (Found f : found) {
            boolean candidate = f.type == EntityType.LOCATION && !gazetteer.isCountry(join(t, f.from, f.to));
            if (candidate && (resultsLine(t, f) || sportsVerbAround(t, f, found) || fixture(t, f, found))) {
                out.add(f.typed(EntityType.ORGANIZATION));
                teams.add(key(t, f.from, f.to));
            } else {
                out.add(f);
            }
        }
        // a city that is a team in this article's results is the team wherever the story names it, but in its dateline
        out.replaceAll(f -> f.type == EntityType.LOCATION && !t.dateline[f.from] && teams.contains(key(t, f.from, f.to))
                ? f.typed(EntityType.ORGANIZATION) : f);
        return out;
    }

    /**
     * "Juventus beat Parma 2-1": around a sports verb in a sentence with a score, a capitalised name the model left
     * out on either side is a team (a country stays a place: national teams are annotated so); with set scores
     * ("Sampras beat Muster 6-3 6-4") a player.
     */
    private List<Found> matchSides(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>(found);
        for (int v = 1; v < t.tokens.size(); v++) {
            String verb = t.word(v);
            if (!SPORTS_VERBS.contains(verb) || t.capitals[t.sentenceOf[v]] || t.titleCase[t.sentenceOf[v]]) {
                continue;
            }
            int[] s = t.sentences.get(t.sentenceOf[v]);
            int scores = 0;
            boolean sets = true; // "6-3 6-4": tennis sets, so the sides are players
            for (int k = v + 1; k < s[1]; k++) {
                if (t.word(k).indexOf('-') > 0 && SCORE.matcher(t.word(k)).matches()) {
                    scores++;
                    sets &= SET_SCORE.matcher(t.word(k)).matches();
                }
            }
            if (scores == 0) {
                continue;
            }
            EntityType type = scores >= 2 && sets ? EntityType.PERSON : EntityType.ORGANIZATION;
            int left = runBefore(t, v, s[0]);
            int right = afterSportsVerb(t, v, s[1]);
            int rightEnd = runAfter(t, right, s[1]);
            int[][] sides = {{left, v}, {right, rightEnd}};
            if (type == EntityType.ORGANIZATION) {
                // "Vardova beat Pelsham 2-1": across from a club, a one-word "person" the story names no more fully
                // is the other club (snooker's "Hendry beat Davis 5-3" loses here; football is far more common)
                for (int n = 0; n < 2; n++) {
                    int[] side = sides[n];
                    int[] other = sides[1 - n];
                    boolean clubOpposite = out.stream().anyMatch(f -> f.from == other[0] && f.to == other[1]
                            && f.type == EntityType.ORGANIZATION);
                    String k = side[1] - side[0] == 1 ? key(t, side[0], side[1]) : null;
                    boolean surname = k != null && out.stream().anyMatch(f -> f.type == EntityType.PERSON
                            && f.to - f.from > 1 && key(t, f.to - 1, f.to).equals(k));
                    if (clubOpposite && k != null && !surname && !gazetteer.isWorldFirstName(t.word(side[0]))) {
                        out.replaceAll(f -> f.from == side[0] && f.to == side[1] && f.type == EntityType.PERSON
                                ? new Found(f.from, f.to, EntityType.ORGANIZATION, BY_LAYOUT) : f);
                    }
                }
            }
            for (int[] side : sides) {
                if (type == EntityType.PERSON) {
                    // the model, seeing a score, may have made a player a club
                    out.replaceAll(f -> f.from == side[0] && f.to == side[1] && f.type == EntityType.ORGANIZATION
                            && !EnglishGazetteer.isOrgWord(t.word(f.to - 1)) ? f.typed(EntityType.PERSON) : f);
                }
                if (side[1] > side[0] && !anyCovered(covered, side[0], side[1]) && side[1] - side[0] <= 3
                        && companyName(t, side[0], side[1]) && !gazetteer.isWorldFirstName(t.word(side[0]))
                        && !(side[0] == s[0] && side[1] - side[0] == 1 && gazetteer.wordClass(t.word(side[0])) != null
                        && !EnglishLexicon.PROPER.equals(gazetteer.wordClass(t.word(side[0]))))) {
                    out.add(new Found(side[0], side[1], type, CONFIDENT));
                    Arrays.fill(covered, side[0], side[1], true);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** A fixtures line, "Seattle at Oakland": two names and "at" between them, nothing else. */
    private static boolean fixture(Text t, Found f, List<Found> found) {
        int[] s = t.sentences.get(t.sentenceOf[f.from]);
        int last = s[1];
        while (last > s[0] && isPunctuation(t.word(last - 1))) {
            last--;
        }
        int end = last;
        if (f.from == s[0] && f.to < end && t.word(f.to).equals("at")) {
            int after = f.to + 1;
            return found.stream().anyMatch(x -> x.from == after && x.to == end);
        }
        if (f.to == end && f.from - 1 > s[0] && t.word(f.from - 1).equals("at")) {
            int before = f.from - 1;
            return found.stream().anyMatch(x -> x.from == s[0] && x.to == before);
        }
        return false;
    }

    /**
     * Wire datelines: a line that opens with a place in capitals, then a date or the agency ("BEIJING 1996-11-02",
     * "NEW DELHI , Nov 2", "LONDON ( Reuters ) -", "AL-AIN , United Arab Emirates 1996-12-06"), names that place,
     * whatever the model made of a word in capitals with nothing around it.
     */
    private List<Found> datelines(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int k = 0; k < t.sentences.size(); k++) {
            int[] s = t.sentences.get(k);
            if (t.capitals[k]) {
                continue; // a headline in capitals, not a dateline before mixed-case copy
            }
            int place = s[0];
            while (place < s[1] && place - s[0] < EnglishGazetteer.MAX_PLACE_TOKENS && isCapitalsWord(t.word(place))) {
                place++;
            }
            if (place == s[0] || place >= s[1]) {
                continue;
            }
            int next = place;
            int region = -1; // "AL-AIN , United Arab Emirates 1996-12-06": the region is a place too
            if (t.word(next).equals(",")) {
                next++;
                int r = next;
                while (next < s[1] && next - r < EnglishGazetteer.MAX_PLACE_TOKENS && t.nameLike(next)
                        && !isMonth(t.word(next))) {
                    next++;
                }
                if (next > r && (next == s[1] || !t.word(next).equals(","))) {
                    region = r;
                } else {
                    next = r;
                }
            }
            if (!datelineEnd(t, next, s[1])) {
                continue;
            }
            int from = s[0];
            int to = place;
            out.removeIf(f -> f.from < to && f.to > from);
            out.add(new Found(from, to, EntityType.LOCATION, 1));
            Arrays.fill(t.dateline, from, to, true);
            if (region >= 0) {
                int regionFrom = region;
                int regionTo = next;
                out.removeIf(f -> f.from < regionTo && f.to > regionFrom);
                out.add(new Found(regionFrom, regionTo, EntityType.LOCATION, 1));
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * A wire headline's slug, the topic before its dash ("SOCCER -", "RUGBY UNION -", "TENNIS -"), names nothing:
     * in a line in capitals, words before a dash in its first four tokens that are all common dictionary words
     * lose any mention the model gave them (it took "RUGBY UNION" for an organisation).
     */
    private List<Found> headlineSlugs(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int k = 0; k < t.sentences.size(); k++) {
            int[] s = t.sentences.get(k);
            if (!t.capitals[k]) {
                continue;
            }
            for (int dash = s[0] + 1; dash < s[1] && dash <= s[0] + 3; dash++) {
                if (t.word(dash).equals("-")) {
                    boolean common = true;
                    for (int i = s[0]; i < dash && common; i++) {
                        String c = gazetteer.wordClass(t.word(i));
                        common = EnglishLexicon.COMMON.equals(c) || EnglishLexicon.BOTH.equals(c);
                    }
                    int end = dash;
                    if (common) {
                        out.removeIf(f -> f.from >= s[0] && f.to <= end);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** What follows a dateline's place: a date ("1996-11-02", "Nov 2", "March 3") or an agency in brackets. */
    private static boolean datelineEnd(Text t, int i, int end) {
        if (i >= end) {
            return false;
        }
        String w = t.word(i);
        if (w.equals(",") && i + 1 < end) {
            return datelineEnd(t, i + 1, end);
        }
        if (NUMERIC_DATE.matcher(w).matches()) {
            return true;
        }
        if (isMonth(w) && i + 1 < end && Character.isDigit(t.word(i + 1).codePointAt(0))) {
            return true;
        }
        return w.equals("(") && i + 2 < end && t.nameLike(i + 1) && t.word(i + 2).equals(")");
    }


    private static boolean isMonth(String w) {
        return MONTHS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** An initial: "G.", "J.R." */
    private static boolean isInitial(String w) {
        return w.length() >= 2 && w.endsWith(".") && Character.isUpperCase(w.codePointAt(0))
                && w.chars().filter(Character::isLetter).count() <= 2 && w.chars().allMatch(c -> c == '.' || Character.isUpperCase(c));
    }

    /** A word all in capitals, two letters or more ("BEIJING", "AL-AIN", "N'DJAMENA", "ST."). */
    private static boolean isCapitalsWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return letters >= 2 && Character.isLetter(w.charAt(0));
    }

    /**
     * Results tables ("Dunmore Rovers 2 Kessington 1", "Derbyshire 312 and 99-2"): a score is no part of a name,
     * and a capitalised name the model left out right before a score is a team (a person when it opens with a
     * known first name, a place when it is a country: national teams).
     */
    private List<Found> resultsTables(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (!resultsSentence(t, f.from)) {
                out.add(f);
                continue;
            }
            // "NEW YORK 6 Oakland": two teams and a score read as one name; the numbers part them
            int from = f.from;
            for (int k = f.from; k <= f.to; k++) {
                if (k == f.to || EnglishFeatureGenerator.isNumber(t.word(k))) {
                    if (k > from) {
                        out.add(from == f.from && k == f.to ? f : new Found(from, k, f.type, f.confidence));
                    }
                    from = k + 1;
                }
            }
        }
        teamNicknames(t, out);
        scorersInBrackets(t, out);
        // "65 Colin Montgomerie": a name after the round or rank that opens a line, opening with a first name, is a
        // player (a year opens sentences too: "1996 Ford models" is left alone)
        out.replaceAll(f -> f.type == EntityType.ORGANIZATION && f.to - f.from >= 2 && f.to - f.from <= 3 && f.from > 0
                && t.sentenceStart(f.from - 1) && SCORE.matcher(t.word(f.from - 1)).matches()
                && gazetteer.isFirstName(t.word(f.from)) && !EnglishGazetteer.isOrgWord(t.word(f.to - 1))
                ? f.typed(EntityType.PERSON) : f);
        boolean[] covered = covered(t, out);
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || !t.nameLike(i) || i > 0 && t.sentenceOf[i - 1] == t.sentenceOf[i] && t.nameLike(i - 1)) {
                continue;
            }
            int to = i;
            while (to < t.tokens.size() && to - i < 4 && !covered[to] && t.nameLike(to)
                    && t.sentenceOf[to] == t.sentenceOf[i]) {
                to++;
            }
            if (to >= t.tokens.size() || t.sentenceOf[to] != t.sentenceOf[i] || t.capitals[t.sentenceOf[i]]) {
                continue; // in capitals every word looks like a name
            }
            if (to - i >= 2 && to - i <= 3 && countryInBrackets(t, to)
                    && !EnglishGazetteer.isOrgWord(t.word(to - 1)) && !gazetteer.isPlace(join(t, i, to))) {
                // "Lars Brandvold ( Norway ) 6-4": an athlete and the country he plays for
                out.add(new Found(i, to, EntityType.PERSON, CONFIDENT));
                Arrays.fill(covered, i, to, true);
                continue;
            }
            boolean scorer = i > 0 && t.word(i - 1).equals("(") && ORDINAL.matcher(t.word(to)).matches();
            if (!SCORE.matcher(t.word(to)).matches() && !scorer || !resultsSentence(t, i) || isMonth(t.word(to - 1))
                    || to - i > 1 && PREPOSITIONS.contains(t.word(i).toLowerCase(Locale.ROOT))) {
                continue; // "On March 29 , 2017": a date, no team
            }
            String name = join(t, i, to);
            boolean person = to - i > 1 && (gazetteer.isFirstName(t.word(i)) || isInitial(t.word(i)))
                    || i > 0 && t.word(i - 1).equals("(") // a batsman's or scorer's score: "( G. Thorpe 71 )"
                    || setScores(t, to) >= 2; // "Sampras beat Ivanisevic 6-3 6-4": tennis sets
            EntityType type = gazetteer.isCountry(name) ? EntityType.LOCATION
                    : person ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (to - i == 1 && (NOT_ORGANISATIONS.contains(t.word(i).toUpperCase(Locale.ROOT)) || isMonth(t.word(i))
                    || EnglishGazetteer.isTitle(t.word(i)) || NOT_SPEAKERS.contains(t.word(i).toLowerCase(Locale.ROOT)))) {
                continue; // "May 3", "Attendance 20,000"-like words are no teams
            }
            out.add(new Found(i, to, type, CONFIDENT)); // so the same name in running text is named too
            Arrays.fill(covered, i, to, true);
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        pairedTeams(t, out);
        return out;
    }

    /**
     * "New York Yankees 72 54", "Baltimore Orioles 68": in a results line, a city the model named and capitalised
     * words after it before the figures are one team, the club's nickname included.
     */
    private void teamNicknames(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            int to = f.to;
            while (to < t.tokens.size() && to - f.to < 2 && !covered[to] && t.nameLike(to)
                    && t.sentenceOf[to] == t.sentenceOf[f.from]) {
                to++;
            }
            if (f.type == EntityType.LOCATION && to > f.to && to < t.tokens.size() && !t.capitals[t.sentenceOf[f.from]]
                    && SCORE.matcher(t.word(to)).matches() && t.sentenceOf[to] == t.sentenceOf[f.from]
                    && !gazetteer.isCountry(join(t, f.from, f.to))) {
                found.set(n, new Found(f.from, to, EntityType.ORGANIZATION, BY_LAYOUT));
            }
        }
    }

    /**
     * "( Luc Nilis 34th )", "( N. Hussain 88 )": a name opening a bracket in a results line, with a minute or a
     * score after it, is a scorer or a batsman, whatever club-like type the model gave it.
     */
    private void scorersInBrackets(Text t, List<Found> found) {
        found.replaceAll(f -> f.type == EntityType.ORGANIZATION && f.to - f.from >= 2 && f.from > 0
                && t.word(f.from - 1).equals("(") && f.to < t.tokens.size()
                && (SCORE.matcher(t.word(f.to)).matches() || ORDINAL.matcher(t.word(f.to)).matches())
                && !EnglishGazetteer.isOrgWord(t.word(f.to - 1)) && !gazetteer.isPlace(join(t, f.from, f.to))
                ? new Found(f.from, f.to, EntityType.PERSON, BY_LAYOUT) : f);
    }

    /**
     * A scoreline, "PSV Eindhoven 1 ( Luc Nilis 34th ) Volendam 1": when one side is a team, a one-word name the
     * model took for a person on the other side of the score is the other team (scorers and batsmen stand in
     * brackets, and one-word players in such lines are rarer than clubs). The layout outvotes what the model made of
     * the same name in running text ("held to a draw by Volendam").
     */
    private void pairedTeams(Text t, List<Found> found) {
        Set<Integer> teamLines = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.type == EntityType.ORGANIZATION && beforeScore(t, f)) {
                teamLines.add(t.sentenceOf[f.from]);
            }
        }
        found.replaceAll(f -> teamLines.contains(t.sentenceOf[f.from]) && beforeScore(t, f)
                && (f.type == EntityType.ORGANIZATION
                    || f.type == EntityType.PERSON && f.to - f.from == 1 && !gazetteer.isFirstName(t.word(f.from)))
                ? new Found(f.from, f.to, EntityType.ORGANIZATION, BY_LAYOUT) : f);
    }

    /** How many tennis set scores ("6-3", "7-6") run from token {@code i}. */
    private static int setScores(Text t, int i) {
        int n = 0;
        while (i + n < t.tokens.size() && SET_SCORE.matcher(t.word(i + n)).matches()) {
            n++;
        }
        return n;
    }

    /** A name outside brackets with a score right after it, in a results line. */
    private static boolean beforeScore(Text t, Found f) {
        return f.to < t.tokens.size() && t.sentenceOf[f.to] == t.sentenceOf[f.from] && SCORE.matcher(t.word(f.to)).matches()
                && setScores(t, f.to) < 2
                && (f.from == 0 || !t.word(f.from - 1).equals("(")) && resultsSentence(t, f.from);
    }

    /**
     * A two-word name of plain words with a country after it, "Lars Brandvold of Norway" or "Lars Brandvold
     * ( Norway )", is a person and the country they stand for, not one organisation as "Bank of Greece" is: the
     * model, having learnt "X of Y" organisations, takes sportspeople of wire copy for them.
     */
    private List<Found> athletes(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int of = f.from + 2;
            boolean plainPair = f.to - f.from >= 2 && plainWord(t, f.from) && plainWord(t, f.from + 1)
                    && !gazetteer.isPlace(join(t, f.from, f.from + 2));
            if (plainPair && f.to > of + 1 && t.word(of).equals("of") && gazetteer.isCountry(join(t, of + 1, f.to))) {
                out.add(new Found(f.from, of, EntityType.PERSON, f.confidence));
                out.add(new Found(of + 1, f.to, EntityType.LOCATION, f.confidence));
            } else if (plainPair && f.to == of && f.type != EntityType.PERSON && countryInBrackets(t, f.to)) {
                out.add(f.typed(EntityType.PERSON));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** A nationality as a noun before a name ("Dane", "Briton", "Australian"). */
    private boolean isNationalityNoun(String w) {
        return NATIONALITY_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || gazetteer.isDemonym(w);
    }

    /**
     * A title-case word that is no title, organisation or state word (a place's name it may be: "Mori"): a person's
     * name could be it.
     */
    private boolean plainWord(Text t, int i) {
        String w = t.word(i);
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.codePoints().skip(1).allMatch(Character::isLowerCase)
                && !EnglishGazetteer.isTitle(w) && !EnglishGazetteer.isOrgWord(w) && !gazetteer.isCountry(w)
                && !gazetteer.isDemonym(w) && !STATE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && (gazetteer.nameType(w) == null || gazetteer.nameType(w) == EntityType.PERSON);
    }

    /** "( Norway )" at token {@code i}: a country in brackets, as results tables give an athlete's. */
    private boolean countryInBrackets(Text t, int i) {
        if (i + 2 >= t.tokens.size() || !t.word(i).equals("(")) {
            return false;
        }
        for (int to = i + 2; to < t.tokens.size() && to <= i + 4; to++) {
            if (t.word(to).equals(")")) {
                return gazetteer.isCountry(join(t, i + 1, to));
            }
        }
        return false;
    }

    /** The sentence of token {@code i} is a results line: two numbers or more, one long lower-case word at most. */
    private static boolean resultsSentence(Text t, int i) {
        int[] s = t.sentences.get(t.sentenceOf[i]);
        int numbers = 0;
        int lowerWords = 0;
        for (int k = s[0]; k < s[1]; k++) {
            String w = t.word(k);
            if (EnglishFeatureGenerator.isNumber(w)) {
                numbers++;
            } else if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0))) {
                lowerWords++;
            }
        }
        // cricket and standings lines have a few words ("first innings 326", "521-8 declared", "not out"): as many
        // as their numbers, three at most
        return numbers >= 2 && lowerWords <= Math.max(1, Math.min(3, numbers));
    }

    /**
     * A capitalised word or two the model left out, right before or after a verb of saying in a mixed-case
     * sentence ("Saqib said", "says Tarlo", "said Lindsay Gay ."), is a person: news names its speakers so.
     * Organisations speak too ("Google said"), but those the model and the gazetteers already name.
     */
    private List<Found> speakers(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
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
            if (from < v && !(from > s[0] && (covered[from - 1] || t.nameLike(from - 1)))) {
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

    /**
     * An untagged word of two to six capitals in a mixed-case sentence ("GCHQ", "RSPB", "CRTC") names an
     * organisation in news, unless it is a place ("UK"), a known person or place name, or a common
     * abbreviation or emphasis ({@link #NOT_ORGANISATIONS}).
     */
    /**
     * "United Nations High Commissioner for Refugees ( UNHCR )": the words before an acronym in brackets whose
     * initials spell it are one name, whatever pieces the model made of it, an organisation unless it is a known
     * place ("United Arab Emirates ( UAE )"); the acronym has the name's type.
     */
    private List<Found> definedAcronyms(Text t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int p = 1; p + 2 < t.tokens.size(); p++) {
            String acronym = t.word(p + 1);
            if (!t.word(p).equals("(") || !t.word(p + 2).equals(")") || acronym.length() < 3 || acronym.length() > 8
                    || !acronym.codePoints().allMatch(c -> c >= 'A' && c <= 'Z') || t.capitals[t.sentenceOf[p]]) {
                continue;
            }
            int from = spelledBy(t, p, acronym);
            if (from < 0) {
                continue;
            }
            EntityType type = gazetteer.isPlace(join(t, from, p)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
            int a = from;
            int b = p + 2;
            out.removeIf(f -> f.from < b && f.to > a);
            out.add(new Found(from, p, type, CONFIDENT));
            out.add(new Found(p + 1, p + 2, type, CONFIDENT));
        }
        out.sort((x, y) -> Integer.compare(x.from, y.from));
        return out;
    }

    /** Where the capitalised words before token {@code end} start whose initials spell the acronym, or -1. */
    private static int spelledBy(Text t, int end, String acronym) {
        int need = acronym.length() - 1;
        int sentenceFrom = t.sentences.get(t.sentenceOf[end])[0];
        for (int i = end - 1; i >= sentenceFrom && end - i <= acronym.length() * 2 + 2; i--) {
            String w = t.word(i);
            if (ORG_PARTICLES.contains(w) || w.equals("in")) {
                continue; // "for", "of", "and": no letter in most acronyms
            }
            if (!t.nameLike(i) || need < 0 || Character.toUpperCase(w.charAt(0)) != acronym.charAt(need)) {
                return -1;
            }
            need--;
            if (need < 0) {
                return i;
            }
        }
        return -1;
    }

    private List<Found> acronyms(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i < t.tokens.size(); i++) {
            String w = t.word(i);
            if (covered[i] || t.capitals[t.sentenceOf[i]] || w.length() < 2 || w.length() > 6
                    || !w.codePoints().allMatch(c -> c >= 'A' && c <= 'Z') || NOT_ORGANISATIONS.contains(w)
                    || gazetteer.isPlace(w) || EnglishGazetteer.isTitle(w) || EnglishGazetteer.isLegalForm(w)
                    || gazetteer.nameType(w) != null && gazetteer.nameType(w) != EntityType.ORGANIZATION
                    || w.length() >= 4 && EnglishLexicon.COMMON.equals(gazetteer.wordClass(w))) {
                continue; // "home team in CAPS": a long common word in capitals is emphasis ("WHO" is short)
            }
            out.add(new Found(i, i + 1, EntityType.ORGANIZATION, 0.5));
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** Honorifics, which make a person even in a line in capitals ("MS PUGH"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "messrs",
            "messrs.", "sir", "dame");

    /** Honorifics and the titles before a person's name that no organisation or place begins with. */
    private static final Set<String> PERSON_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss",
            "messrs", "messrs.", "sir", "dame", "president", "king", "queen", "pope", "senator", "sen.", "governor",
            "gov.", "mayor", "chancellor", "prince", "princess", "judge", "rep.", "prof.", "professor", "premier",
            "ayatollah", "sheikh", "rabbi", "imam", "emperor", "empress", "sultan", "emir", "tsar", "czar", "minister",
            "secretary", "ambassador", "envoy", "colonel", "admiral", "commander", "cardinal", "archbishop", "bishop",
            "lieutenant");

    /**
     * A name right after an honorific or a title ("Ms Pugh", "King Gongmin", "President Tuvalu") is a person: an
     * untagged capitalised word or two there becomes one, and so does a mention the model typed otherwise.
     */
    private List<Found> titledPeople(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
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
                        || !EnglishGazetteer.isOrgWord(t.word(next.to - 1)) && !gazetteer.isPlace(join(t, next.from, next.to)))) {
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
    private List<Found> wholePersonNames(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Found last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type == EntityType.PERSON && f.type == EntityType.PERSON && last.to == f.from
                    && t.sentenceOf[last.from] == t.sentenceOf[f.from] && !t.capitals[t.sentenceOf[f.from]]) {
                out.set(out.size() - 1, new Found(last.from, f.to, EntityType.PERSON, Math.min(last.confidence, f.confidence)));
                continue;
            }
            if (placeNamedPerson(t, f)) {
                out.add(f.typed(EntityType.PERSON));
                continue;
            }
            int from = f.from;
            if (f.type == EntityType.PERSON && !t.capitals[t.sentenceOf[f.from]]) {
                while (from > 0 && f.from - from < 2 && t.sentenceOf[from - 1] == t.sentenceOf[f.from]
                        && !covered[from - 1] && unknownName(t, from - 1)) {
                    from--;
                }
            }
            out.add(from == f.from ? f : new Found(from, f.to, f.type, f.confidence));
        }
        return out;
    }

    /** A capitalised word that is no dictionary word, title, place, nationality or organisation word. */
    /**
     * "Viktor Chernomyrdin will take over": a first name of any country that no dictionary has as a common word, then
     * a surname or two that a dictionary has only capitalised or not at all, is a person the model left out.
     */
    private List<Found> firstNamesAndSurnames(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
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
     * knows, is a person the model took for the place ("Dallas Cowboys", "Austin , Texas" have a word or a place).
     */
    private boolean placeNamedPerson(Text t, Found f) {
        if (f.type != EntityType.LOCATION || f.to - f.from != 2 || t.capitals[t.sentenceOf[f.from]]) {
            return false;
        }
        String first = t.word(f.from);
        String last = t.word(f.from + 1);
        String lastClass = gazetteer.wordClass(last);
        return gazetteer.isFirstName(first) && gazetteer.isPlace(first) && !gazetteer.isPlace(join(t, f.from, f.to))
                && last.length() > 2 && Character.isUpperCase(last.codePointAt(0))
                && last.codePoints().skip(1).allMatch(Character::isLowerCase)
                && (lastClass == null || lastClass.equals(EnglishLexicon.PROPER)) && !gazetteer.isPlace(last)
                && !EnglishGazetteer.isOrgWord(last) && !isNationalityNoun(last);
    }

    private boolean unknownName(Text t, int i) {
        String w = t.word(i);
        return t.nameLike(i) && w.length() > 1 && gazetteer.wordClass(w) == null && !EnglishGazetteer.isTitle(w)
                && !EnglishGazetteer.isOrgWord(w) && !gazetteer.isPlace(w) && !gazetteer.isDemonym(w)
                && !isNationalityNoun(w) && !isMonth(w);
    }

    /**
     * An untagged phrase of two to six capitalised words that ends with an organisation word ("the Civil Aviation
     * Authority", "Kestrel Holdings") is an organisation: the model misses such names when it has not seen them.
     */
    private List<Found> organisationPhrases(Text t, List<Found> found) {
        boolean[] covered = covered(t, found);
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || t.capitals[t.sentenceOf[i]] || !titleWord(t, i)
                    || i > 0 && t.sentenceOf[i - 1] == t.sentenceOf[i] && titleWord(t, i - 1)) {
                continue;
            }
            int to = i;
            while (to < t.tokens.size() && to - i < 6 && !covered[to] && titleWord(t, to)
                    && t.sentenceOf[to] == t.sentenceOf[i]) {
                to++;
            }
            if (to - i >= 2 && EnglishGazetteer.isOrgWord(t.word(to - 1))
                    && (to == t.tokens.size() || t.sentenceOf[to] != t.sentenceOf[i] || !titleWord(t, to))) {
                out.add(new Found(i, to, EntityType.ORGANIZATION, 0.5));
                Arrays.fill(covered, i, to, true);
            } else if (EnglishGazetteer.isOrgWord(t.word(i))) {
                // "Organisation for Economic Cooperation and Development": an organisation word, then particles
                // and title-case words
                int end = i + 1;
                int last = i + 1;
                boolean particle = false;
                while (end < t.tokens.size() && end - i < 9 && !covered[end] && t.sentenceOf[end] == t.sentenceOf[i]
                        && (titleWord(t, end) || ORG_PARTICLES.contains(t.word(end)))) {
                    particle |= ORG_PARTICLES.contains(t.word(end));
                    end++;
                    if (titleWord(t, end - 1)) {
                        last = end;
                    }
                }
                if (particle && last > i + 2 && !gazetteer.isPlace(join(t, i + 2, last))) {
                    out.add(new Found(i, last, EntityType.ORGANIZATION, 0.5));
                    Arrays.fill(covered, i, last, true);
                    to = last;
                }
            }
            i = Math.max(i, to - 1);
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** Lower-case words inside an organisation's name that an organisation word begins. */
    private static final Set<String> ORG_PARTICLES = Set.of("of", "for", "and", "on", "the", "&");

    /** A title-case word of letters that is no common sentence word ("The", "He", "Monday"). */
    private static boolean titleWord(Text t, int i) {
        String w = t.word(i);
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && Character.isLowerCase(w.codePointAt(w.length() - 1))
                && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** An untagged, capitalised word that could be part of a name: no place, title or common sentence word. */
    private boolean plainName(Text t, int i, boolean[] covered) {
        String w = t.word(i);
        return !covered[i] && t.nameLike(i) && w.length() > 1 && w.codePoints().skip(1).allMatch(Character::isLowerCase)
                && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT)) && !EnglishGazetteer.isTitle(w)
                && !gazetteer.isPlace(w) && !gazetteer.isDemonym(w) && !EnglishGazetteer.isOrgWord(w)
                && (gazetteer.nameType(w) == null || gazetteer.nameType(w) == EntityType.PERSON);
    }

    private static boolean resultsLine(Text t, Found f) {
        if (f.to >= t.tokens.size() || !EnglishFeatureGenerator.isNumber(t.word(f.to))
                || t.sentenceOf[f.to] != t.sentenceOf[f.from]) {
            return false;
        }
        return resultsSentence(t, f.from);
    }

    private static boolean sportsVerbAround(Text t, Found f, List<Found> found) {
        int[] s = t.sentences.get(t.sentenceOf[f.from]);
        boolean subject = f.to < s[1] && SPORTS_VERBS.contains(t.word(f.to).toLowerCase(Locale.ROOT))
                && startsName(found, afterSportsVerb(t, f.to, s[1]));
        if (subject) {
            return true;
        }
        // "Kessington drew with Bramford", "Ajax lost 2-1 to Feyenoord": the verb, a score and a preposition before us
        int verb = f.from - 1;
        for (int skipped = 0; verb > s[0] && skipped < 2 && isSportsLink(t.word(verb)); skipped++) {
            verb--;
        }
        return verb > s[0] && SPORTS_VERBS.contains(t.word(verb).toLowerCase(Locale.ROOT)) && endsName(found, verb)
                && afterSportsVerb(t, verb, s[1]) == f.from;
    }

    /** The token after a sports verb at {@code verb} once a score and a preposition ("2-1 to") are passed. */
    private static int afterSportsVerb(Text t, int verb, int end) {
        int i = verb + 1;
        for (int skipped = 0; i < end && skipped < 2 && isSportsLink(t.word(i)); skipped++) {
            i++;
        }
        return i;
    }

    /** What may stand between a sports verb and the other team: a score, "to", "with", "against", "over", "by". */
    private static boolean isSportsLink(String word) {
        return SCORE.matcher(word).matches() || SPORTS_LINKS.contains(word);
    }

    private static boolean startsName(List<Found> found, int token) {
        return found.stream().anyMatch(x -> x.from == token && x.type != EntityType.PERSON);
    }

    private static boolean endsName(List<Found> found, int token) {
        return found.stream().anyMatch(x -> x.to == token && x.type != EntityType.PERSON);
    }

    private static boolean[] covered(Text t, List<Found> found) {
        boolean[] covered = new boolean[t.tokens.size()];
        for (Found f : found) {
            Arrays.fill(covered, f.from, f.to, true);
        }
        return covered;
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static String join(Text t, int from, int to) {
        return join(t.tokens, from, to);
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private static String key(Text t, int from, int to) {
        return EnglishGazetteer.key(join(t, from, to));
    }

    private static boolean isPunctuation(String token) {
        return !Character.isLetterOrDigit(token.codePointAt(0));
    }

    private static boolean isPossessive(String token) {
        return token.equalsIgnoreCase("'s") || token.equalsIgnoreCase("’s");
    }
}
