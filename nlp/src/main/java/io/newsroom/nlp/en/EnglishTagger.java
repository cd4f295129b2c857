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
import java.util.List;

/**
 * English PERSON, LOCATION and ORGANIZATION mentions: {@link EnglishTokenizer}, a maxent name finder with
 * {@link EnglishNameFinderFactory}'s features decoded with a beam per sentence, its spans' edges mended
 * ({@link SpanEdges}), then the rules for what a flat tagger misses, a class per concern:
 * <ul>
 *   <li>{@link LayoutRules}: a dateline's place ("BEIJING 1996-11-02", "LONDON ( Reuters ) -"), no name in a
 *       headline's topic slug ("RUGBY UNION -");</li>
 *   <li>{@link SportsRules}: results tables ("Dunmore Rovers 2 Kessington 1", scores left out), match reports and
 *       fixtures (a team named by its city is an organisation, a country stays a place: national teams are written
 *       as the country), athletes with their country ("Lars Brandvold ( Norway )"), events;</li>
 *   <li>{@link ScorecardRules}: the rows of scorecards (cricket batting lines and bowling figures, rugby and football
 *       scorers, a race's classification: rider, country, team);</li>
 *   <li>{@link ConsistencyRules}: a name keeps the type its most confident mentions gave it, is named wherever else
 *       the article writes it, a person's surname alone is that person, lists name like things, a headline in
 *       capitals takes the story's types;</li>
 *   <li>{@link OrganisationRules}, {@link PlaceRules}, {@link PersonRules}: what the words around a name say of it
 *       (share prices, acronyms, organisation words; prepositions of place, lists of places, countries; verbs of
 *       saying, titles, first names).</li>
 * </ul>
 * The model is read from its zip directly, as {@code ner.EntityTagger} does (OpenNLP's extension loader breaks
 * under Quarkus' class loaders). Thread-safe: one decoder (with its document state) per thread; the rules keep no
 * state.
 */
public final class EnglishTagger implements MentionFinder {

    public static final String DEFAULT_MODEL_RESOURCE = "/models/en-entities.bin";
    static final int BEAM_SIZE = Integer.getInteger("ner.beam", 3);

    private final CompactMaxentModel model;
    private final EnglishGazetteer gazetteer;
    private final EnglishTokenizer tokenizer = new EnglishTokenizer();
    private final ThreadLocal<Decoder> decoders;
    private final String modelId;
    private final SpanEdges edges;
    /** The rules, in the order they run: each reads the text and the mentions so far and returns the new ones. */
    private final List<Rule> rules;

    EnglishTagger(MaxentModel model, EnglishGazetteer gazetteer, String modelId) {
        this.model = CompactMaxentModel.of(model);
        this.gazetteer = gazetteer;
        this.modelId = modelId;
        this.decoders = ThreadLocal.withInitial(Decoder::new);
        this.edges = new SpanEdges(gazetteer);
        LayoutRules layout = new LayoutRules(gazetteer);
        SportsRules sports = new SportsRules(gazetteer);
        ConsistencyRules article = new ConsistencyRules(gazetteer);
        OrganisationRules organisations = new OrganisationRules(gazetteer);
        PlaceRules places = new PlaceRules(gazetteer);
        PersonRules people = new PersonRules(gazetteer);
        ScorecardRules scorecards = new ScorecardRules(gazetteer);
        // layout first (a dateline's place is a place by its position), the document's votes next, then what the
        // words around a name say, most specific first; events last, so that no later rule names their words again
        this.rules = List.of(layout::datelines, layout::venueLines, layout::pressDigests, layout::creditLines,
                layout::headlineSlugs, sports::resultsTables, scorecards::scorecards, sports::athletes,
                organisations::marketRows, organisations::sharePrices, sports::clubsByPlace,
                article::consistentTypes, organisations::companies, article::repeated, places::placesFromGazetteer,
                sports::sportsTeams, sports::nicknamedTeams, people::speakers, organisations::definedAcronyms,
                organisations::acronyms, organisations::parliaments, organisations::organisationPhrases,
                people::titledPeople, people::peopleInRoles, people::wholePersonNames, people::firstNamesAndSurnames,
                sports::events, places::sportsGrounds, places::groupAdjectives, places::countriesArePlaces,
                places::capitalsArePlaces, places::placesOfAKind, article::coordinated, organisations::placeLedNames,
                places::placesInBrackets, organisations::namedByTheirWords, article::headlineEchoes,
                organisations::noIndices);
    }

    /** One pass over an article's mentions after the model. */
    @FunctionalInterface
    interface Rule {
        List<Found> apply(TaggedText t, List<Found> found);
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

    @Override
    public List<TypedSpan> find(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        TaggedText t = new TaggedText(tokens, tokenizer.sentences(text, tokens));
        Decoder decoder = decoders.get();
        decoder.search.clearAdaptiveData();
        List<Found> found = new ArrayList<>();
        try {
            for (int k = 0; k < t.sentences.size(); k++) {
                int sentenceFrom = t.sentences.get(k)[0];
                for (Found whole : decoder.find(t.words(k), sentenceFrom)) {
                    for (Found f : SpanEdges.splitAtCommonWords(tokens, whole)) {
                        Found edged = edges.edges(tokens, f, sentenceFrom, t.capitals[k]);
                        if (edged != null) {
                            found.add(edged);
                        }
                    }
                }
            }
        } finally {
            decoder.search.clearAdaptiveData();
        }
        for (Rule rule : rules) {
            found = rule.apply(t, found);
        }
        List<TypedSpan> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new TypedSpan(tokens.get(f.from).start(), tokens.get(f.to - 1).end(), f.type));
        }
        out.sort(null);
        return out;
    }
}
