package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The English word lists: place names (GeoNames' English names, countries from ISO 3166 with their short
 * forms; {@code en-places.tsv}, made by {@link PlaceList}), one-word names learned from the training corpora
 * ({@code en-names.tsv}, written by {@link TrainEnglishModel}), common first names ({@code en-first-names.tsv},
 * made by {@link FirstNameList}), how a dictionary writes each word ({@code en-words.tsv}, {@link WordList}), and the
 * generic words of news naming: titles
 * before a person ("President", "Chancellor") and words that end an organisation ("Inc.", "Ministry", "FC").
 * Lookups are by lower-case form, so headlines in capitals find the same entries. Immutable, thread-safe.
 */
public final class EnglishGazetteer {

    public static final String PLACES_RESOURCE = "/models/en-places.tsv";
    public static final String NAMES_RESOURCE = "/models/en-names.tsv";
    public static final String FIRST_NAMES_RESOURCE = "/models/en-first-names.tsv";
    public static final String WORDS_RESOURCE = "/models/en-words.tsv";
    public static final String WORLD_FIRST_NAMES_RESOURCE = "/models/world-first-names.tsv";
    /** Longest place name looked up, in tokens ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    static final int MAX_PLACE_TOKENS = 4;

    /** Titles and roles written before a person's name; not part of it. */
    static final Set<String> TITLES = Set.of("president", "chancellor", "minister", "prime", "secretary", "senator",
            "sen", "sen.", "governor", "gov", "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "judge",
            "justice", "general", "gen", "gen.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.", "sergeant",
            "commander", "admiral", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
            "sir", "dame", "lord", "lady", "rev", "rev.", "reverend", "father", "sister", "brother", "bishop",
            "archbishop", "cardinal", "sheikh", "ayatollah", "rabbi", "imam", "coach", "manager", "striker",
            "midfielder", "defender", "goalkeeper", "rep", "rep.", "representative", "congressman", "congresswoman",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief",
            "director", "officer", "inspector", "detective", "sheriff", "emir", "sultan", "premier", "deputy",
            "vice", "leader", "chair", "ceo", "founder", "author", "actor", "actress", "singer", "defence", "defense",
            "foreign", "finance", "interior", "state", "attorney", "speaker", "senior", "former", "late", "dictator",
            "miss", "madam", "mister", "dean", "pastor", "monsignor", "marshal", "warden", "councillor", "councilman",
            "alderman", "commissioner", "superintendent", "sgt.", "supt.", "det.", "insp.", "pres.", "messrs", "messrs.");

    /** Words that end (or make) an organisation's name. */
    static final Set<String> ORG_WORDS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd",
            "ltd.", "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "group", "holdings", "bank", "ministry", "department",
            "university", "college", "institute", "agency", "party", "council", "committee", "commission", "union",
            "association", "federation", "league", "fc", "united", "city", "club", "airlines", "airways", "motors",
            "industries", "company", "partners", "foundation", "fund", "office", "authority", "board", "court",
            "parliament", "congress", "senate", "assembly", "army", "navy", "police", "service", "services",
            "systems", "technologies", "press", "news", "times", "post", "journal", "herald", "tribune", "network",
            "communications", "energy", "oil", "petroleum", "pharmaceuticals", "bancorp", "securities", "capital",
            "trust", "exchange", "organization", "organisation", "society", "church", "school", "hospital",
            "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "celtic", "afc", "rfc", "hc", "sc", "cf");

    /** Company legal forms, which stay part of a name even in lower case ("Acme plc", "Hartwell Motor co."). */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
            "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "spa", "oyj", "ab", "asa");

    /** Demonyms not formed from their place's name by a regular ending. */
    private static final Set<String> IRREGULAR_DEMONYMS = Set.of("british", "english", "french", "dutch", "danish",
            "finnish", "irish", "scottish", "welsh", "spanish", "swiss", "greek", "thai", "filipino", "german",
            "belgian", "norwegian", "portuguese", "lebanese", "peruvian", "afghan", "kurdish", "arab", "arabic",
            "european", "african", "asian", "latin", "soviet", "american", "flemish", "walloon",
            "catalan", "basque", "corsican", "kurds", "cypriot",
            "icelandic", "maltese", "monegasque", "argentine", "argentinian", "venezuelan", "nepali", "bangladeshi",
            "serb", "croat", "czech", "slovak", "nazi", "nazis", "kurd", "chechen", "uzbek", "kazakh", "tajik", "turkmen", "kyrgyz", "azeri", "tatar",
            // peoples and faiths, which news annotation leaves out of names as nationalities are
            "hutu", "tutsi", "pashtun", "tamil", "sikh", "bengali", "punjabi", "kashmiri", "gujarati", "sindhi", "muslim", "catholic", "protestant", "sunni",
            "shi'ite", "shiite", "shia", "shi'a", "jewish", "hindu", "buddhist", "islamist", "pentecostal",
            "evangelical");

    /** Regular demonym endings and what the place's name ends with instead ("Egyptian" → "Egypt", "Chinese" → "China"). */
    private static final List<Map.Entry<String, List<String>>> DEMONYM_ENDINGS = List.of(
            Map.entry("ian", List.of("", "a", "y", "ia", "e")), Map.entry("ese", List.of("", "a", "e")),
            Map.entry("an", List.of("", "a", "o", "e")), Map.entry("n", List.of("")), Map.entry("i", List.of("", "a", "ia")),
            Map.entry("ish", List.of("", "ey", "and", "en")));

    private final Set<String> places;
    /** Places' spellings without their accents ("bogota"): places, but no stems of demonyms. */
    private final Set<String> barePlaces;
    private final Set<String> countries;
    private final Map<String, EntityType> names;
    private final Set<String> firstNames;
    private final EnglishLexicon words;
    private final int wordCount;
    private final EnglishLexicon worldFirstNames;

    public EnglishGazetteer(Set<String> places, Set<String> countries, Map<String, EntityType> names,
                            Set<String> firstNames, Map<String, String> words) {
        this(places, Set.of(), countries, names, firstNames, EnglishLexicon.of(words), words.size(), EnglishLexicon.of(Map.of()));
    }

    private EnglishGazetteer(Set<String> places, Set<String> barePlaces, Set<String> countries,
                             Map<String, EntityType> names, Set<String> firstNames, EnglishLexicon words, int wordCount,
                             EnglishLexicon worldFirstNames) {
        this.places = Set.copyOf(places);
        this.barePlaces = Set.copyOf(barePlaces);
        this.countries = Set.copyOf(countries);
        this.names = Map.copyOf(names);
        this.firstNames = Set.copyOf(firstNames);
        this.words = words;
        this.wordCount = wordCount;
        this.worldFirstNames = worldFirstNames;
    }

    public static EnglishGazetteer empty() {
        return new EnglishGazetteer(Set.of(), Set.of(), Map.of(), Set.of(), Map.of());
    }

    /** The lists shipped in the jar; empty ones where a list is missing. */
    public static EnglishGazetteer loadDefault() {
        try (InputStream places = EnglishGazetteer.class.getResourceAsStream(PLACES_RESOURCE);
             InputStream names = EnglishGazetteer.class.getResourceAsStream(NAMES_RESOURCE);
             InputStream firstNames = EnglishGazetteer.class.getResourceAsStream(FIRST_NAMES_RESOURCE);
             InputStream words = EnglishGazetteer.class.getResourceAsStream(WORDS_RESOURCE);
             InputStream worldNames = EnglishGazetteer.class.getResourceAsStream(WORLD_FIRST_NAMES_RESOURCE)) {
            return read(places, names, firstNames, words, worldNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lists in a folder (a model's folder: {@code en-places.tsv}, {@code en-names.tsv}, {@code en-first-names.tsv}). */
    public static EnglishGazetteer load(Path folder) {
        Path p = folder.resolve("en-places.tsv");
        Path n = folder.resolve("en-names.tsv");
        Path f = folder.resolve("en-first-names.tsv");
        Path w = folder.resolve("en-words.tsv");
        Path world = folder.resolve("world-first-names.tsv");
        try (InputStream places = Files.exists(p) ? Files.newInputStream(p) : null;
             InputStream names = Files.exists(n) ? Files.newInputStream(n) : null;
             InputStream firstNames = Files.exists(f) ? Files.newInputStream(f) : null;
             InputStream words = Files.exists(w) ? Files.newInputStream(w) : null;
             InputStream worldNames = Files.exists(world) ? Files.newInputStream(world) : null) {
            return read(places, names, firstNames, words, worldNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EnglishGazetteer read(InputStream placeList, InputStream nameList, InputStream firstNameList,
                                 InputStream wordList, InputStream worldFirstNameList) throws IOException {
        // 74,000 and 21,000 rows: straight into fingerprint tables, never maps of strings (enrich-service's heap is
        // small)
        EnglishLexicon.Builder wordTable = new EnglishLexicon.Builder();
        eachRow(wordList, wordTable::add);
        EnglishLexicon words = wordTable.build();
        EnglishLexicon.Builder worldNameTable = new EnglishLexicon.Builder();
        eachRow(worldFirstNameList, (kind, name) -> worldNameTable.add(key(name), EnglishLexicon.PROPER));
        EnglishLexicon worldNames = worldNameTable.build();
        Set<String> places = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> bare = new HashSet<>();
        eachRow(placeList, (kind, name) -> {
            boolean country = kind.equals("country");
            for (String spelling : wireSpellings(name)) {
                String k = key(spelling);
                if (spelling.equals(name) || country) {
                    places.add(k);
                    if (country) {
                        countries.add(k);
                    }
                } else {
                    bare.add(k);
                }
            }
        });
        // a place's spelling without accents only where it is no English word or first name: "Bogota", "Zurich",
        // not "Bush" (Būsh), "Coin" (Coín), "Leon" (León); countries' always ("Cote d'Ivoire")
        bare.removeIf(k -> places.contains(k) || words.classOf(k) != null || worldNames.classOf(k) != null);
        Map<String, EntityType> names = new HashMap<>();
        eachRow(nameList, (name, type) -> names.put(name, EntityType.valueOf(type)));
        Set<String> firstNames = new HashSet<>();
        eachRow(firstNameList, (kind, name) -> firstNames.add(key(name)));
        return new EnglishGazetteer(places, bare, countries, names, firstNames, words, wordTable.size(), worldNames);
    }

    /**
     * Each {@code first<TAB>second} row of a list as it is read (no list of rows at start-up), comments and blank
     * lines aside; none if no list.
     */
    private static void eachRow(InputStream in, java.util.function.BiConsumer<String, String> row) throws IOException {
        if (in == null) {
            return;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("#")) {
                row.accept(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * A name as written and as wire copy spells it without its accents: "São Paulo" is also "Sao Paulo", "Kumhāri"
     * "Kumhari", and a German umlaut is also written out ("Mönchengladbach": "Monchengladbach", "Moenchengladbach").
     * Names of three letters keep their accents only: bare, they are English words ("Göd", "Çan", "Dīr").
     */
    static List<String> wireSpellings(String name) {
        if (name.length() <= 3 || name.chars().allMatch(c -> c < 128)) {
            return List.of(name);
        }
        String german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        List<String> spellings = new ArrayList<>(3);
        spellings.add(name);
        for (String spelling : List.of(withoutAccents(name), withoutAccents(german))) {
            if (!spellings.contains(spelling)) {
                spellings.add(spelling);
            }
        }
        return spellings;
    }

    /** The letters without their marks ("é" → "e"), and the letters that have none spelt as English does ("ł" → "l"). */
    static String withoutAccents(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'ł' -> sb.append('l');
                case 'Ł' -> sb.append('L');
                case 'ø' -> sb.append('o');
                case 'Ø' -> sb.append('O');
                case 'đ' -> sb.append('d');
                case 'Đ' -> sb.append('D');
                case 'ı' -> sb.append('i');
                case 'æ' -> sb.append("ae");
                case 'Æ' -> sb.append("Ae");
                case 'ß' -> sb.append("ss");
                case 'ʻ', 'ʼ', '‘' -> sb.append('\'');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Lower case, with the periods of abbreviations dropped ("U.S." → "us"). */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
    }

    public boolean isPlace(String name) {
        String k = key(name);
        return places.contains(k) || barePlaces.contains(k);
    }

    public boolean isCountry(String name) {
        return countries.contains(key(name));
    }

    /** The one type the training corpora gave this word as a one-word name, or {@code null}. */
    public EntityType nameType(String word) {
        return names.get(key(word));
    }

    /**
     * A nationality or regional adjective ("Australian", "Egyptian", "Chinese", "South Korean"'s "Korean"), which
     * news annotation leaves out of places (it is a MISC name there): a fixed list, or a known place's name with a
     * demonym ending, when the word is not itself a place.
     */
    public boolean isDemonym(String word) {
        return isDemonym(word, false);
    }

    /** A nationality adjective of a country ("Brazilian", "Iraqi", "French"), not of any town ("Faron" of Faro). */
    public boolean isNationality(String word) {
        return isDemonym(word, true);
    }

    private boolean isDemonym(String word, boolean ofCountries) {
        String k = key(word);
        if (k.length() < 4 || places.contains(k) || barePlaces.contains(k)) {
            return false;
        }
        if (IRREGULAR_DEMONYMS.contains(k)) {
            return true;
        }
        for (Map.Entry<String, List<String>> ending : DEMONYM_ENDINGS) {
            if (k.endsWith(ending.getKey())) {
                String stem = k.substring(0, k.length() - ending.getKey().length());
                // "-i" only from a country ("Iraqi", "Somali"): from any place it makes demonyms of Italian and Indian
                // surnames ("Romiti" of Romit, "Rossi" of Ross)
                Set<String> from = ofCountries || ending.getKey().equals("i") ? countries : places;
                for (String restored : ending.getValue()) {
                    if (stem.length() + restored.length() >= 4 && from.contains(stem + restored)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A given name of any country Datafaker knows ("Viktor", "Jozef", "Farooq"; {@link WorldFirstNameList}), any case:
     * for the rules only, the model's features use the English list.
     */
    public boolean isWorldFirstName(String word) {
        return isFirstName(word) || worldFirstNames.classOf(key(word)) != null;
    }

    /** A nationality, people or faith of the written list ("French", "Serb", "Hutu"), not one derived from a place. */
    public boolean isListedPeople(String word) {
        return IRREGULAR_DEMONYMS.contains(key(word));
    }

    /** A given name common in English-speaking countries ("Melania", "Rocco"), any case. */
    public boolean isFirstName(String word) {
        return firstNames.contains(key(word));
    }

    /** How an English dictionary writes this word ({@link EnglishLexicon}: "c", "p", "cp"), or null, any case. */
    public String wordClass(String word) {
        return words.classOf(key(word));
    }

    /** A title as listed, no compounds: what the model's features use (the shipped model was trained so). */
    static boolean isListedTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A title, or one made of titles with hyphens ("Secretary-General", "Vice-President", "Director-General"). */
    static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(w)) {
            return true;
        }
        if (w.indexOf('-') <= 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (!TITLES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isOrgWord(String word) {
        return ORG_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return places.size() + barePlaces.size() + names.size() + firstNames.size() + wordCount;
    }

    /** Writes learned one-word names as {@code word<TAB>TYPE} lines, sorted. */
    static void writeNames(Map<String, EntityType> names, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# one-word names learned from ../shared/datasets/english-ner (TrainEnglishModel); CC BY-SA 4.0\n");
            for (Map.Entry<String, EntityType> e : new TreeMap<>(names).entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }
}
