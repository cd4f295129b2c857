package io.newsroom.nlp.ner;

import io.newsroom.events.EnrichedArticle.EntityType;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds PERSON, LOCATION and ORGANIZATION mentions in a text with a trained OpenNLP name-finder model:
 * tokenizes, splits sentences, tags each sentence and maps token spans back to code-point offsets. The model is
 * loaded once and shared; each thread gets its own decoder (which keeps per-document state).
 */
public final class EntityTagger implements MentionFinder {

    /** Where the build looks for the shipped model on the classpath. */
    public static final String DEFAULT_MODEL_RESOURCE = "/models/ru-entities.bin";

    static {
        // OpenNLP 2.5 builds model factories by class name only from packages registered as allowed.
        ExtensionLoader.registerAllowedPackage(RussianNameFinderFactory.class.getPackageName());
    }

    /**
     * Sequences searched per sentence when tagging. Greedy decoding ({@code -Dner.beam=1}) was about 20% faster
     * on the factRuEval devset and about 0.01 F1 worse (ENTITIES.md): quality first.
     */
    static final int BEAM_SIZE = Integer.getInteger("ner.beam", 3);

    private final CompactMaxentModel model;
    private final NameGazetteer names;
    private final RussianTokenizer tokenizer = new RussianTokenizer();
    private final ThreadLocal<Decoder> decoders;

    /** A model just trained ({@link TrainEntityModel#train}), for evaluation. */
    public EntityTagger(TokenNameFinderModel trained, NameGazetteer names) {
        this((MaxentModel) trained.getArtifact("nameFinder.model"), names);
    }

    public EntityTagger(MaxentModel model, NameGazetteer names) {
        this.model = CompactMaxentModel.of(model);
        this.names = names;
        this.decoders = ThreadLocal.withInitial(Decoder::new);
    }

    /** A model file and the gazetteer written beside it by {@link TrainEntityModel}. */
    public static EntityTagger load(Path modelFile) {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new EntityTagger(readModel(in), NameGazetteer.besideModel(modelFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity model " + modelFile, e);
        }
    }

    /** The model and gazetteer shipped in the jar, or {@code null} when the build has no model. */
    public static EntityTagger loadDefault() {
        try (InputStream in = EntityTagger.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE);
             InputStream gazetteer = EntityTagger.class.getResourceAsStream(NameGazetteer.DEFAULT_RESOURCE)) {
            return in == null ? null : new EntityTagger(readModel(in),
                    gazetteer == null ? NameGazetteer.empty() : NameGazetteer.read(gazetteer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity model " + DEFAULT_MODEL_RESOURCE, e);
        }
    }

    /** The maxent model inside a model file written by {@link TrainEntityModel}. */
    static MaxentModel readModel(InputStream in) throws IOException {
        return readNameFinder(in, RussianNameFinderFactory.class);
    }

    /**
     * The maxent model inside an OpenNLP name-finder model file trained with the given feature factory, as a
     * {@link CompactMaxentModel}. Read directly rather than as a {@code TokenNameFinderModel}: OpenNLP would
     * create the factory from its class name with {@code Class.forName} from its own class loader, which under
     * Quarkus' test and dev class loaders finds a second copy of the class that is not a {@code BaseToolFactory}
     * of the right loader.
     */
    public static CompactMaxentModel readNameFinder(InputStream in, Class<?> factory) throws IOException {
        java.util.Properties manifest = new java.util.Properties();
        CompactMaxentModel maxent = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("manifest.properties")) {
                    manifest.load(new java.io.ByteArrayInputStream(zip.readAllBytes()));
                } else if (entry.getName().equals("nameFinder.model")) {
                    // streamed: the 20 MB model is never held whole (nor as OpenNLP's map of feature names)
                    maxent = CompactMaxentModel.read(new BinaryFileDataReader(new java.io.BufferedInputStream(zip, 1 << 16)));
                }
            }
        }
        if (maxent == null || !factory.getName().equals(manifest.getProperty("factory"))
                || !BioCodec.class.getName().equals(manifest.getProperty("sequenceCodecImplName"))) {
            throw new IOException("not a name-finder model trained with " + factory.getSimpleName());
        }
        return maxent;
    }

    public NameGazetteer names() {
        return names;
    }

    /**
     * What {@code NameFinderME} does per sentence, with our feature generators: best outcome sequence, the
     * document's adaptive data updated, BIO outcomes decoded to spans. One per thread (adaptive data).
     */
    private final class Decoder {
        private final NameBeamDecoder search =
                new NameBeamDecoder(model, new RussianNameFinderFactory().createFeatureGenerators(), BEAM_SIZE);
        private final BioCodec codec = new BioCodec();

        Span[] find(String[] words) {
            return codec.decode(List.of(search.tag(words).outcomes()));
        }

        void clearAdaptiveData() {
            search.clearAdaptiveData();
        }
    }

    /** A mention as token indexes [from, to) while the text is being tagged. */
    private record Found(int from, int to, EntityType type) {
    }

    /** Mentions in text order, a longer one before a shorter one that starts with it. */
    private static final java.util.Comparator<Found> BY_POSITION = (a, b) -> a.from != b.from
            ? Integer.compare(a.from, b.from) : Integer.compare(b.to, a.to);

    @Override
    public List<TypedSpan> find(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<int[]> sentences = tokenizer.sentences(text, tokens);
        Decoder finder = decoders.get();
        finder.clearAdaptiveData();
        List<Found> found = new ArrayList<>();
        int[] sentenceStart = new int[tokens.size()];
        try {
            for (int[] s : sentences) {
                java.util.Arrays.fill(sentenceStart, s[0], s[1], s[0]);
                String[] words = new String[s[1] - s[0]];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(s[0] + i).text();
                }
                for (Span span : finder.find(words)) {
                    Found f = edges(tokens, s[0] + span.getStart(), s[0] + span.getEnd(),
                            EntityType.valueOf(span.getType()), s[0], s[1]);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        found = withOrganisationsOfPlaces(tokens, found, sentenceStart);
        found = withBodiesOfPlaceAdjectives(tokens, found, sentenceStart);
        found = withNamesRepeated(tokens, found, sentenceStart);
        found = withDescriptorsReferringBack(tokens, found);
        found = withQuotedNamesAfterDescriptors(tokens, found, sentenceStart);
        found = withAdjectiveNamedBodies(tokens, found, sentenceStart);
        found = withPlacesInLists(tokens, found);
        found = withoutProducts(tokens, found, sentenceStart);
        found = withoutCommonNounAcronyms(tokens, found);
        List<TypedSpan> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new TypedSpan(tokens.get(f.from).start(), tokens.get(f.to - 1).end(), f.type));
        }
        out.sort(null);
        return out;
    }

    /** The span conventions the flat tagger misses at a mention's edges; {@code null} drops the mention. */
    private Found edges(List<Token> tokens, int from, int to, EntityType type, int sentenceFrom, int sentenceTo) {
        // quote marks and punctuation at the edges are not part of a name
        while (from < to && isPunctuation(tokens.get(from).text())) {
            from++;
        }
        while (to > from && isPunctuation(tokens.get(to - 1).text())) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (type != EntityType.PERSON) {
            // "Южными Курилами", "Советскому Союзу", "Соединённые Штаты": a capitalised adjective and its noun are one name
            while (to < sentenceTo && isCapitalisedAdjective(tokens.get(to - 1).text())
                    && isCapitalisedWord(tokens.get(to).text())) {
                to++;
            }
            while (from - 1 > sentenceFrom && isCapitalisedAdjective(tokens.get(from - 1).text())) {
                from--;
            }
        }
        String first = tokens.get(from).text();
        if (to - from == 1 && first.codePoints().allMatch(Character::isLowerCase)) {
            return null; // "российских": names are written with a capital; factRuEval marks few of these
        }
        if (type == EntityType.LOCATION && to - from == 1 && isAdjective(first)) {
            return null; // "Российский лидер": an adjective derived from a place is not the place
        }
        if (to - from == 1 && GENERIC_ACRONYMS.contains(first)) {
            return null;
        }
        if (to - from == 1) {
            // one word the corpora only ever name as another type: "Бангладеш" is a place wherever it stands
            EntityType known = names.typeOf(first);
            type = known != null ? known : type;
        }
        if (type == EntityType.PERSON) {
            while (to - from > 1 && tokens.get(to - 1).text().indexOf('.') > 0) {
                to--; // "… Хвана Чжан Епа Lenta.ru": the medium quoting a person is not part of the name
            }
            to = extendPersonName(tokens, from, to, sentenceTo);
        } else if (type == EntityType.ORGANIZATION) {
            if (to - from == 1) {
                to = withNounPhrase(tokens, from, to, sentenceTo);
            }
            to = withComplements(tokens, from, to, sentenceTo);
            while (to - from > 1 && isPreposition(tokens.get(to - 1).text())) {
                to--; // "Совете при": a complement the tagger began but did not finish
            }
            int named = from;
            from = withDescriptor(tokens, from, sentenceFrom, ORG_DESCRIPTORS);
            if (from == named) {
                from = withPlaceAdjectives(tokens, from, sentenceFrom); // "японского МИДа", not "немецкой компании X"
            }
        } else {
            from = withDescriptor(tokens, from, sentenceFrom, PLACE_DESCRIPTORS);
            if (to < sentenceTo && PLACE_DESCRIPTORS_AFTER.contains(lowerLemma(tokens.get(to).text()))) {
                to++; // "Манежной площади"
            }
        }
        return new Found(from, to, type);
    }

    /**
     * Organisations named with the place or body they belong to, as factRuEval marks them: an organisation
     * directly followed by a place or an acronym takes it in ("Генеральная прокуратура ОАЭ", "МЧС России"),
     * and a body of a place around a place name becomes an organisation ("правительства Китая"). The place
     * stays a mention of its own inside.
     */
    private List<Found> withOrganisationsOfPlaces(List<Token> tokens, List<Found> found, int[] sentenceStart) {
        List<Found> out = new ArrayList<>(found.size() + 4);
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.type == EntityType.ORGANIZATION) {
                int to = f.to;
                while (k + 1 < found.size() && found.get(k + 1).from == to && sentenceStart[to] == sentenceStart[f.from]
                        && (found.get(k + 1).type == EntityType.LOCATION || isAcronym(tokens.get(to).text()))) {
                    Found next = found.get(++k);
                    to = next.to;
                    out.add(next);
                }
                out.add(new Found(f.from, to, f.type));
                continue;
            }
            out.add(f);
            int body = f.from - 1;
            if (f.type == EntityType.LOCATION && body >= 0 && body >= sentenceStart[f.from]
                    && isBodyOfPlace(tokens.get(body)) && !endsOrganisation(out, body)) {
                out.add(new Found(body, f.to, EntityType.ORGANIZATION));
            }
        }
        out.sort(BY_POSITION);
        return out;
    }

    /**
     * A body of a place named by the place's adjective ("японское правительство", "российской сборной",
     * "Лондонская полиция") is an organisation in factRuEval, adjective included: one body, singular, where no
     * mention is yet.
     */
    private List<Found> withBodiesOfPlaceAdjectives(List<Token> tokens, List<Found> found, int[] sentenceStart) {
        boolean[] covered = new boolean[tokens.size()];
        for (Found f : found) {
            java.util.Arrays.fill(covered, f.from, f.to, true);
        }
        List<Found> out = null;
        for (int i = 1; i < tokens.size(); i++) {
            int adjective = i - 1;
            if (covered[i] || covered[adjective] || sentenceStart[i] != sentenceStart[adjective]
                    || !isBodyOfPlace(tokens.get(i)) || !isSingular(tokens.get(i).text())) {
                continue;
            }
            String a = tokens.get(adjective).text();
            boolean placeAdjective = isPlaceAdjective(a) || adjective == sentenceStart[adjective]
                    && isPlaceAdjective(a.toLowerCase(java.util.Locale.ROOT));
            if (placeAdjective) {
                out = out == null ? new ArrayList<>(found) : out;
                int to = withComplements(tokens, adjective, i + 1, sentenceEnd(sentenceStart, i));
                if (anyCovered(covered, i + 1, to)) {
                    to = i + 1;
                }
                out.add(new Found(adjective, to, EntityType.ORGANIZATION)); // "российском министерстве финансов"
                java.util.Arrays.fill(covered, adjective, to, true);
            }
        }
        if (out == null) {
            return found;
        }
        out.sort((x, y) -> x.from != y.from ? Integer.compare(x.from, y.from) : Integer.compare(y.to, x.to));
        return out;
    }

    /**
     * A name listed between places ("Бахрейн • Барбадос • Бермуды", "на Ливерпуль и Манчестер") is a place too,
     * when the tagger took it for a person whose words are no known first name, patronymic or surname.
     */
    private static List<Found> withPlacesInLists(List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int pass = 0; pass < 2; pass++) {
            java.util.Map<Integer, Found> byStart = new java.util.HashMap<>();
            java.util.Map<Integer, Found> byEnd = new java.util.HashMap<>();
            for (Found f : out) {
                byStart.put(f.from, f);
                byEnd.put(f.to, f);
            }
            for (int k = 0; k < out.size(); k++) {
                Found f = out.get(k);
                if (f.type != EntityType.PERSON || f.to - f.from > 2 || knownPersonName(tokens, f)) {
                    continue;
                }
                Found before = f.from >= 2 && isListSeparator(tokens.get(f.from - 1).text()) ? byEnd.get(f.from - 1) : null;
                Found after = f.to + 1 < tokens.size() && isListSeparator(tokens.get(f.to).text()) ? byStart.get(f.to + 1) : null;
                if (before != null && before.type == EntityType.LOCATION || after != null && after.type == EntityType.LOCATION) {
                    out.set(k, new Found(f.from, f.to, EntityType.LOCATION));
                }
            }
        }
        return out;
    }

    private static boolean isListSeparator(String token) {
        return token.equals(",") || token.equals("•") || token.equals("и") || token.equals(";") || token.equals("·");
    }

    private static boolean knownPersonName(List<Token> tokens, Found f) {
        for (int k = f.from; k < f.to; k++) {
            RussianMorphology.Analysis a = RussianMorphology.shared().analyze(tokens.get(k).text());
            if (a.hasTag("Name") || a.hasTag("Patr") || a.hasTag("Fam")) {
                return true;
            }
        }
        return false;
    }

    /** Words for made things whose names are no organisations ("корабль «Союз»", "автомобиль «Славута»"). */
    private static final java.util.Set<String> PRODUCTS = java.util.Set.of("корабль", "ракета", "ракета-носитель",
            "самолёт", "самолет", "автомобиль", "машина", "спутник", "модуль", "лайнер", "вертолёт", "вертолет",
            "танк", "катер", "подлодка", "крейсер", "ледокол", "истребитель", "бомбардировщик", "поезд", "смартфон",
            "телефон", "браузер", "программа", "приложение", "игра", "фильм", "сериал", "альбом", "книга", "роман",
            "песня", "спектакль", "опера", "балет", "марка", "модель", "препарат", "вакцина", "грузовик");

    /**
     * A name written right after a word for a made thing ("корабля «Союз ТМА-7»") names that thing, which is no
     * organisation: its mentions (that name's word anywhere in the article, in quote marks or not) are dropped.
     * Not a capitalised adjective without quote marks: "балета Большого театра" is whose ballet, not its name.
     */
    private List<Found> withoutProducts(List<Token> tokens, List<Found> found, int[] sentenceStart) {
        java.util.Set<String> products = new java.util.HashSet<>();
        for (Found f : found) {
            int before = f.from - 1;
            if (before >= 0 && isQuoteMark(tokens.get(before).text())) {
                before--;
            }
            if (f.type == EntityType.ORGANIZATION && before >= 0 && Character.isUpperCase(tokens.get(f.from).text().codePointAt(0))
                    && PRODUCTS.contains(lowerLemma(tokens.get(before).text()))
                    && (Character.isLowerCase(tokens.get(before).text().codePointAt(0)) || sentenceStart[before] == before)
                    && (before < f.from - 1 || !hasAdjectiveReading(tokens.get(f.from).text()))) {
                products.add(lowerLemma(tokens.get(f.from).text()));
            }
        }
        if (products.isEmpty()) {
            return found;
        }
        return found.stream().filter(f -> f.type != EntityType.ORGANIZATION
                || !products.contains(lowerLemma(tokens.get(f.from).text()))).toList();
    }

    /**
     * An acronym the article defines for lower-case words ("приборно-агрегатного отсека (ПАО)") abbreviates a
     * common noun, not a name: its mentions are dropped.
     */
    private static List<Found> withoutCommonNounAcronyms(List<Token> tokens, List<Found> found) {
        java.util.Set<String> common = new java.util.HashSet<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String acronym = tokens.get(i).text();
            if (!tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")") || !isAcronym(acronym)
                    || acronym.length() < 2) {
                continue;
            }
            // the initials of the lower-case words before the bracket, hyphenated parts counted apart
            StringBuilder initials = new StringBuilder();
            for (int k = i - 2; k >= 0 && initials.length() < acronym.length(); k--) {
                String w = tokens.get(k).text();
                if (!Character.isLowerCase(w.codePointAt(0))) {
                    break;
                }
                String[] parts = w.split("-");
                for (int p = parts.length - 1; p >= 0; p--) {
                    initials.insert(0, Character.toUpperCase(parts[p].charAt(0)));
                }
            }
            if (initials.toString().equals(acronym)) {
                common.add(acronym);
            }
        }
        if (common.isEmpty()) {
            return found;
        }
        return found.stream().filter(f -> !(f.to - f.from == 1 && common.contains(tokens.get(f.from).text()))).toList();
    }

    private static boolean isQuoteMark(String token) {
        return "«»\"„“”'".contains(token);
    }

    private static boolean endsOrganisation(List<Found> found, int token) {
        return found.stream().anyMatch(f -> f.type == EntityType.ORGANIZATION && f.from <= token && token < f.to);
    }

    /**
     * Document-level consistency: a capitalised word the tagger named once keeps that name wherever else the
     * article uses it (in any case form), and a capitalised word the training corpora only ever saw as one
     * kind of name ({@link NameGazetteer}) is named where the model left it out.
     */
    private List<Found> withNamesRepeated(List<Token> tokens, List<Found> found, int[] sentenceStart) {
        java.util.Map<String, EntityType> seen = new java.util.HashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        for (Found f : found) {
            java.util.Arrays.fill(covered, f.from, f.to, true);
            if (f.to - f.from == 1) {
                seen.putIfAbsent(NameGazetteer.lemma(RussianMorphology.shared(), tokens.get(f.from).text()), f.type);
            }
        }
        List<Found> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (covered[i] || word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))
                    || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            EntityType type = seen.get(NameGazetteer.lemma(RussianMorphology.shared(), word));
            if (type == null && (isAcronym(word) || sentenceStart[i] != i)) {
                type = names.typeOf(word);
            }
            if (type == null && isUnknownCyrillicAcronym(word)) {
                type = EntityType.ORGANIZATION; // "ЕАЭС", "ОДКБ": places with acronyms are in the gazetteer
            }
            if (type != null && !GENERIC_ACRONYMS.contains(word) && !(type == EntityType.LOCATION && isAdjective(word))) {
                int to = i + 1;
                while (type != EntityType.PERSON && to < tokens.size() && !covered[to] && sentenceStart[to] == sentenceStart[i]
                        && isCapitalisedAdjective(tokens.get(to - 1).text()) && isCapitalisedWord(tokens.get(to).text())) {
                    to++; // "Южными Курилами": the adjective the corpora name is the first word of the name here
                }
                if (type == EntityType.ORGANIZATION) {
                    int complemented = withComplements(tokens, i, to, sentenceEnd(sentenceStart, i));
                    to = anyCovered(covered, to, complemented) ? to : complemented;
                }
                int start = type == EntityType.ORGANIZATION
                        ? withDescriptor(tokens, i, sentenceStart[i], ORG_DESCRIPTORS) : i;
                if (start < i && anyCovered(covered, start, i)) {
                    start = i;
                }
                added.add(new Found(start, to, type));
                i = to - 1;
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(BY_POSITION);
        return out;
    }

    /**
     * An organisation named with a descriptor ("сборная России", "концерн «Майкрософт»") is later called by the
     * descriptor alone ("сборной", "концерна"); factRuEval marks those as mentions of it. Only descriptors the
     * article itself used in a named organisation, after that mention, singular and not inside another name.
     */
    private List<Found> withDescriptorsReferringBack(List<Token> tokens, List<Found> found) {
        java.util.Map<String, Integer> firstNamed = new java.util.HashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        for (Found f : found) {
            java.util.Arrays.fill(covered, f.from, f.to, true);
            if (f.type == EntityType.ORGANIZATION && f.to - f.from > 1) {
                for (int i = f.from; i < f.to - 1; i++) {
                    String w = tokens.get(i).text();
                    if (Character.isLowerCase(w.codePointAt(0)) && ORG_DESCRIPTORS.contains(lowerLemma(w))) {
                        firstNamed.putIfAbsent(lowerLemma(w), f.to);
                        break;
                    }
                }
            }
        }
        if (firstNamed.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (covered[i] || !Character.isLowerCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            Integer after = firstNamed.get(lowerLemma(w));
            if (after != null && i >= after && isSingular(w)
                    && (i + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(i + 1).text().codePointAt(0)))) {
                boolean named = i > 0 && !covered[i - 1] && isCapitalisedAdjective(tokens.get(i - 1).text());
                out.add(new Found(named ? i - 1 : i, i + 1, EntityType.ORGANIZATION)); // "Большого театра": a name
            }
        }
        out.sort(BY_POSITION);
        return out;
    }

    /** Words a name in quote marks may have before its closing mark. */
    private static final int MAX_QUOTED_NAME = 8;

    /**
     * A capitalised name in quote marks right after an organisation's generic word is that organisation
     * ("движение «За права человека»", "компании «Северный завод»"), whatever the tagger made of it: nothing,
     * the generic word alone, or a place adjective inside ("Московский"). The span runs from the generic word to
     * the name's last word, as factRuEval marks it; places named inside the quote marks stay.
     */
    private static List<Found> withQuotedNamesAfterDescriptors(List<Token> tokens, List<Found> found, int[] sentenceStart) {
        List<Found> out = found;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (!tokens.get(i + 1).text().equals("«") || !Character.isLetter(word.codePointAt(0))
                    || !(Character.isLowerCase(word.codePointAt(0)) || i == sentenceStart[i])
                    || !(Character.isUpperCase(tokens.get(i + 2).text().codePointAt(0))
                            || Character.isDigit(tokens.get(i + 2).text().codePointAt(0)))
                    || !ORG_DESCRIPTORS.contains(lowerLemma(word)) || lowerLemma(word).equals("проект")) {
                continue; // a project in quote marks is mostly a thing done ("проект «Спейс Шаттл»")
            }
            int end = Math.min(sentenceEnd(sentenceStart, i), i + 3 + MAX_QUOTED_NAME);
            int close = -1;
            for (int j = i + 3; j < end && close < 0; j++) {
                String t = tokens.get(j).text();
                if (t.equals("«")) {
                    break;
                }
                close = t.equals("»") ? j : -1;
            }
            if (close < 0) {
                continue;
            }
            int start = i;
            // with its lower-case adjectives, a place's too ("московского клуба «16 тонн»")
            while (start - 1 >= sentenceStart[i] && isLowerCaseAdjective(tokens.get(start - 1).text())) {
                start--;
            }
            int to = close;
            for (Found f : out) {
                if (f.type == EntityType.ORGANIZATION && f.from < start && f.to > start && f.to <= to) {
                    start = f.from; // the tagger's "московского клуба" before the name
                }
            }
            int from = start;
            int name = i + 2;
            boolean named = out.stream().anyMatch(f -> f.type == EntityType.ORGANIZATION && f.from <= name && f.to >= to);
            boolean crossing = out.stream().anyMatch(f -> f.from < to && f.to > from && (f.from < from || f.to > to));
            if (named || crossing) {
                continue;
            }
            List<Found> kept = new ArrayList<>();
            for (Found f : out) {
                boolean inside = f.from >= from && f.to <= to;
                if (!inside || f.type == EntityType.LOCATION && f.from > i + 1 && !hasAdjectiveReading(tokens.get(f.from).text())) {
                    kept.add(f);
                }
            }
            kept.add(new Found(from, to, EntityType.ORGANIZATION));
            kept.sort(BY_POSITION);
            out = kept;
        }
        return out;
    }

    /** Nouns of bodies that a capitalised adjective before them names ("Большой театр", "Арабская лига"). */
    private static final java.util.Set<String> NAMED_BODIES = java.util.Set.of("театр", "ассоциация", "совет",
            "хунта", "альянс", "лига", "управление", "союз", "фронт", "партия", "комитет", "банк", "университет",
            "институт", "фонд", "агентство", "служба", "федерация", "организация", "корпорация", "движение", "палата",
            "собрание", "академия", "конгресс", "ассамблея", "трибунал", "синод", "патриархия", "консерватория");

    /**
     * A capitalised singular adjective followed by a lower-case noun of a body is that body's name ("в Большом
     * театре", "члены Арабской лиги", "Военная хунта распустила …"), where the tagger found neither word. At the
     * start of a sentence the capital says less; on the devset these were names four times out of five there
     * ("Призовой фонд" was not), so the rule holds there too.
     */
    private static List<Found> withAdjectiveNamedBodies(List<Token> tokens, List<Found> found, int[] sentenceStart) {
        boolean[] covered = new boolean[tokens.size()];
        for (Found f : found) {
            java.util.Arrays.fill(covered, f.from, f.to, true);
        }
        List<Found> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String adjective = tokens.get(i).text();
            String noun = tokens.get(i + 1).text();
            if (covered[i] || covered[i + 1] || sentenceStart[i + 1] != sentenceStart[i]
                    || !isCapitalisedAdjective(adjective) || !Character.isLowerCase(noun.codePointAt(0))
                    || !NAMED_BODIES.contains(lowerLemma(noun)) || !isSingular(noun) || !isSingularAdjective(adjective)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.add(new Found(i, i + 2, EntityType.ORGANIZATION));
        }
        if (out == null) {
            return found;
        }
        out.sort(BY_POSITION);
        return out;
    }

    /** The token after the last one of token {@code i}'s sentence. */
    private static int sentenceEnd(int[] sentenceStart, int i) {
        int end = i + 1;
        while (end < sentenceStart.length && sentenceStart[end] == sentenceStart[i]) {
            end++;
        }
        return end;
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnknownCyrillicAcronym(String w) {
        return w.length() >= 3 && isAcronym(w) && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC
                && !GENERIC_ACRONYMS.contains(w) && RussianMorphology.shared().analyze(w).readings().isEmpty();
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Every dictionary reading is an adjective ("Российский", "Московская"); unknown words are not. */
    private static boolean isAdjective(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.shared().analyze(word).readings();
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("ADJ"));
    }

    private static boolean hasAdjectiveReading(String word) {
        return RussianMorphology.shared().analyze(word).readings().stream().anyMatch(r -> r.tag().startsWith("ADJ"));
    }

    /** An adjective form that can be singular (LanguageTool marks plural adjectives with "PL"). */
    private static boolean isSingularAdjective(String word) {
        return RussianMorphology.shared().analyze(word).readings().stream()
                .anyMatch(r -> r.tag().startsWith("ADJ") && !r.tag().contains(":PL"));
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && Character.isLetter(word.codePointAt(0))
                && !isAcronym(word);
    }

    /** Capitalised, with an adjective among its dictionary readings ("Южными", "Советскому"). */
    private static boolean isCapitalisedAdjective(String word) {
        return isCapitalisedWord(word) && hasAdjectiveReading(word);
    }

    private static boolean isPunctuation(String token) {
        return !Character.isLetterOrDigit(token.codePointAt(0));
    }

    /**
     * A name the tagger cut after a first name or patronymic ("Шалва" of "Шалва Нателашвили") takes in the
     * capitalised words that follow it in the sentence.
     */
    private static int extendPersonName(List<Token> tokens, int from, int to, int sentenceEnd) {
        RussianMorphology morphology = RussianMorphology.shared();
        while (to < sentenceEnd && to - 1 >= 0) {
            RussianMorphology.Analysis last = morphology.analyze(tokens.get(to - 1).text());
            String next = tokens.get(to).text();
            RussianMorphology.Analysis nextWord = morphology.analyze(next);
            // a lone unknown word followed by an unknown or family name: a foreign first name ("Масахару Коно")
            boolean loneForeign = to - from == 1 && last.readings().isEmpty()
                    && (nextWord.readings().isEmpty() || nextWord.hasTag("Fam"));
            boolean particle = to - from >= 2 && isNameParticle(tokens.get(to - 1).text());
            boolean lastIsGiven = last.hasTag("Name") || last.hasTag("Patr") || loneForeign || particle;
            if (!lastIsGiven || !Character.isUpperCase(next.codePointAt(0)) || next.length() < 2
                    || next.codePoints().allMatch(Character::isUpperCase) || next.indexOf('.') >= 0) {
                break;
            }
            to++;
        }
        return to;
    }

    /**
     * An organisation the tagger cut after its first word, a capitalised adjective ("Свободной" of "Свободной
     * прессе", "Русской" of "Русской службе «Голоса Америки»"), takes in the lower-case adjectives and the noun that
     * follow, and a name in quote marks right after that noun.
     */
    private static int withNounPhrase(List<Token> tokens, int from, int to, int sentenceTo) {
        if (!isCapitalisedAdjective(tokens.get(from).text())) {
            return to;
        }
        int i = to;
        while (i < sentenceTo && i - from < 4 && isLowerCaseAdjectiveReading(tokens.get(i).text())) {
            i++;
        }
        if (i >= sentenceTo || !isLowerCaseNoun(tokens.get(i).text())) {
            return to;
        }
        i++;
        if (i + 1 < sentenceTo && tokens.get(i).text().equals("«")) {
            for (int close = i + 1; close < sentenceTo && close - i <= 6; close++) {
                if (tokens.get(close).text().equals("»")) {
                    return close + 1;
                }
            }
        }
        return i;
    }

    /** Head nouns of organisation names that take lower-case complements ("Комитет защиты журналистов"). */
    private static final java.util.Set<String> ORG_HEADS = java.util.Set.of("совет", "комитет", "палата",
            "министерство", "институт", "движение", "служба", "пресс-служба", "бюро", "конгресс", "меджлис", "комиссия",
            "фонд", "союз", "федерация", "ассоциация", "академия", "агентство", "управление", "департамент", "суд",
            "сборная", "партия", "фронт", "организация", "общество", "лига", "коллегия", "инспекция", "прокуратура",
            "ведомство", "центр", "университет", "банк", "совещание", "собрание", "отдел");
    /** Genitives after an organisation that belong to the sentence, not the name ("суда здания", "года"). */
    private static final java.util.Set<String> NOT_COMPLEMENTS = java.util.Set.of("здание", "комплекс", "год",
            "время", "решение", "заседание", "сайт", "офис", "территория", "имя", "месяц", "неделя", "день", "работа",
            "деятельность");
    private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = java.util.Set.of("по", "при", "против");

    /**
     * An organisation named by a head noun takes in the lower-case complements the tagger left out, as
     * factRuEval spans have them: genitives ("Конгресса профсоюзов", "Совета муфтиев"), and phrases with
     * "по", "при", "против" ("Комитета по иностранным делам", "Следственного комитета при прокуратуре").
     */
    private static int withComplements(List<Token> tokens, int from, int to, int sentenceTo) {
        boolean headed = false;
        for (int k = from; k < to && !headed; k++) {
            headed = ORG_HEADS.contains(lowerLemma(tokens.get(k).text()));
        }
        if (!headed) {
            return to;
        }
        int i = to;
        int end = to;
        while (i < sentenceTo && i - to < 6) {
            String w = tokens.get(i).text();
            if (isLowerCaseGenitive(w) && !NOT_COMPLEMENTS.contains(lowerLemma(w))) {
                end = ++i;
            } else if (isCapitalisedWord(w) && isGenitive(w) && ORG_HEADS.contains(lowerLemma(w))) {
                end = ++i; // "Палаты представителей Конгресса", "Служба прессы Конституционного суда"
            } else if (isCapitalisedAdjective(w) && isGenitive(w) && i + 1 < sentenceTo
                    && ORG_HEADS.contains(lowerLemma(tokens.get(i + 1).text())) && isGenitive(tokens.get(i + 1).text())) {
                i += 2;
                end = i;
            } else if (COMPLEMENT_PREPOSITIONS.contains(w) && i + 1 < sentenceTo && isLowerCaseWord(tokens.get(i + 1).text())) {
                i++;
                while (i < sentenceTo && i - to < 6 && (isLowerCaseNounOrAdjective(tokens.get(i).text())
                        || (tokens.get(i).text().equals("и") || isPreposition(tokens.get(i).text())) && i == end
                        && i + 1 < sentenceTo && isLowerCaseNounOrAdjective(tokens.get(i + 1).text()))) {
                    i++;
                    if (isLowerCaseNounOrAdjective(tokens.get(i - 1).text())) {
                        end = i; // "по борьбе с наркотиками", "по патентам и товарным знакам"
                    }
                }
                break;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isLowerCaseWord(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && Character.isLetter(word.codePointAt(0));
    }

    private static boolean isGenitive(String word) {
        return RussianMorphology.shared().analyze(word).readings().stream()
                .anyMatch(r -> (r.tag().startsWith("NN") || r.tag().startsWith("ADJ")) && r.tag().endsWith(":R"));
    }

    private static boolean isLowerCaseGenitive(String word) {
        return isLowerCaseWord(word) && RussianMorphology.shared().analyze(word).readings().stream()
                .anyMatch(r -> (r.tag().startsWith("NN") || r.tag().startsWith("ADJ")) && r.tag().endsWith(":R"));
    }

    private static boolean isPreposition(String word) {
        return Character.isLowerCase(word.codePointAt(0))
                && RussianMorphology.shared().analyze(word).readings().stream().anyMatch(r -> r.tag().equals("PREP"));
    }

    /** Lower case, with noun or adjective readings only: no verb or participle ("объявлен"). */
    private static boolean isLowerCaseNounOrAdjective(String word) {
        if (!isLowerCaseWord(word)) {
            return false;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.shared().analyze(word).readings();
        return !readings.isEmpty() && readings.stream().anyMatch(r -> r.tag().startsWith("NN") || r.tag().startsWith("ADJ"))
                && readings.stream().noneMatch(r -> r.tag().startsWith("VB") || r.tag().startsWith("PT_Short"));
    }

    private static boolean isLowerCaseAdjectiveReading(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.shared().analyze(word).readings().stream()
                .anyMatch(r -> r.tag().startsWith("ADJ"));
    }

    private static boolean isLowerCaseNoun(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.shared().analyze(word).readings().stream()
                .anyMatch(r -> r.tag().startsWith("NN"));
    }

    /** Particles inside foreign surnames, after which the surname goes on ("Марин Ле Пен", "Ван Гог"). */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("ле", "де", "ван", "фон", "дер",
            "ди", "да", "дель", "делла", "ла", "дю", "ду", "дос", "ибн", "бен", "аль", "эль", "мак", "о");

    /** "Ле" of "Марин Ле Пен": a particle of a foreign surname, in any case. */
    public static boolean isNameParticle(String word) {
        return NAME_PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Generic words that factRuEval's organisation mentions include ("партии «Яблоко»", "газета «Труд»"). */
    private static final java.util.Set<String> ORG_DESCRIPTORS = java.util.Set.of("компания", "корпорация",
            "концерн", "холдинг", "банк", "фонд", "партия", "движение", "газета", "журнал", "агентство", "телеканал",
            "радиостанция", "издание", "команда", "клуб", "организация", "университет", "институт", "министерство",
            "ведомство", "служба", "завод", "фабрика", "театр", "союз", "общество", "ассоциация", "профсоюз",
            "фракция", "комитет", "оао", "зао", "ооо", "ао", "группа", "издательство", "телекомпания", "центр",
            "сеть", "соцсеть", "портал", "сборная", "канал", "медиакомпания", "интернет-издание", "интернет-портал",
            "магазин", "проект", "авиакомпания", "автоконцерн", "медиахолдинг");

    /** Generic words that place mentions include in factRuEval ("города Феникс", "реки Славянки"). */
    private static final java.util.Set<String> PLACE_DESCRIPTORS = java.util.Set.of("город", "штат", "река",
            "район", "посёлок", "поселок", "село", "деревня", "область", "край", "республика", "остров", "озеро",
            "провинция", "округ", "станица", "залив", "море", "пролив", "полуостров", "графство", "улица",
            "площадь", "проспект", "бульвар", "переулок");

    /** The same words written after the name ("Манежной площади", "Кронштадтскому бульвару"). */
    private static final java.util.Set<String> PLACE_DESCRIPTORS_AFTER = java.util.Set.of("улица", "площадь",
            "проспект", "бульвар", "переулок", "шоссе", "набережная", "область", "край", "район", "остров", "море",
            "река", "озеро");

    /** All-capital words that are common nouns, not names: "СМИ" is "the media". */
    private static final java.util.Set<String> GENERIC_ACRONYMS = java.util.Set.of("СМИ", "ВВП", "НДС", "ДТП", "ЧП",
            "ИИ", "ЖКХ", "АЭС", "ГЭС", "ТЭЦ", "ПВО", "БПЛА", "ВИЧ", "СПИД", "ОРВИ", "ЕГЭ", "ИТ", "IT", "CEO", "GDP",
            "UTC", "GMT", "МСК");

    /** Bodies named after the place they govern or represent. */
    private static final java.util.Set<String> BODIES_OF_PLACES = java.util.Set.of("правительство", "парламент",
            "администрация", "мэрия", "сборная", "посольство", "консульство", "министерство", "генпрокуратура",
            "прокуратура", "полиция", "армия", "кабмин", "минобороны", "мид", "мвд", "фсб", "генштаб", "сенат",
            "конгресс", "суд", "совет", "дума", "правительства");

    private static boolean isBodyOfPlace(Token token) {
        String w = token.text();
        return Character.isLetter(w.codePointAt(0))
                && BODIES_OF_PLACES.contains(NameGazetteer.lemma(RussianMorphology.shared(), w));
    }

    private static String lowerLemma(String word) {
        return Character.isLetter(word.codePointAt(0)) ? NameGazetteer.lemma(RussianMorphology.shared(), word) : "";
    }

    /** Takes in a lower-case generic word before the name ("партии «Яблоко»", "реки Славянки"). */
    private static int withDescriptor(List<Token> tokens, int from, int sentenceStart, java.util.Set<String> descriptors) {
        int i = from - 1;
        if (i >= sentenceStart && (tokens.get(i).text().equals("«") || tokens.get(i).text().equals("\""))) {
            i--;
        }
        if (i >= sentenceStart) {
            String word = tokens.get(i).text();
            // lower case, or capitalised at the start of the sentence ("Концерн «Майкрософт»"); one place or
            // body, not "регионах России"
            boolean generic = Character.isLowerCase(word.codePointAt(0)) || i == sentenceStart;
            if (generic && descriptors.contains(lowerLemma(word)) && isSingular(word)) {
                // with its lower-case adjectives ("социальной сети Facebook"), but not a nationality
                // ("немецкой компании X")
                while (i - 1 >= sentenceStart && isLowerCaseAdjective(tokens.get(i - 1).text())
                        && !isPlaceAdjective(tokens.get(i - 1).text())) {
                    i--;
                }
                return i;
            }
        }
        return from;
    }

    private static boolean isLowerCaseAdjective(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && isAdjective(word);
    }

    private static boolean isSingular(String word) {
        return RussianMorphology.shared().analyze(word).readings().stream().anyMatch(r -> r.tag().contains(":Sin"));
    }

    /** Takes in lower-case adjectives of a place before an organisation ("японского МИДа"). */
    private static int withPlaceAdjectives(List<Token> tokens, int from, int sentenceStart) {
        while (from - 1 >= sentenceStart && isPlaceAdjective(tokens.get(from - 1).text())) {
            from--;
        }
        return from;
    }

    /** "японский", "российского": an adjective formed from a place name with -ск-/-цк-. */
    private static boolean isPlaceAdjective(String word) {
        if (!Character.isLowerCase(word.codePointAt(0)) || !isAdjective(word)) {
            return false;
        }
        String lemma = RussianMorphology.shared().analyze(word).readings().get(0).lemma();
        return lemma.endsWith("ский") || lemma.endsWith("цкий");
    }
}
