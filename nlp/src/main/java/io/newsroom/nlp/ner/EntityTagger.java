package io.newsroom.nlp.ner;

import io.newsroom.events.EnrichedArticle.EntityType;
import opennlp.tools.namefind.NameFinderME;
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
 * loaded once and shared; each thread gets its own {@link NameFinderME} (which keeps per-document state).
 */
public final class EntityTagger implements MentionFinder {

    /** Where the build looks for the shipped model on the classpath. */
    public static final String DEFAULT_MODEL_RESOURCE = "/models/ru-entities.bin";

    static {
        // OpenNLP 2.5 builds model factories by class name only from packages registered as allowed.
        ExtensionLoader.registerAllowedPackage(RussianNameFinderFactory.class.getPackageName());
    }

    private final TokenNameFinderModel model;
    private final RussianTokenizer tokenizer = new RussianTokenizer();
    private final ThreadLocal<NameFinderME> finders;

    public EntityTagger(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    public static EntityTagger load(Path modelFile) {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new EntityTagger(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity model " + modelFile, e);
        }
    }

    /** The model shipped in the jar, or {@code null} when the build has none. */
    public static EntityTagger loadDefault() {
        try (InputStream in = EntityTagger.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            return in == null ? null : new EntityTagger(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity model " + DEFAULT_MODEL_RESOURCE, e);
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    @Override
    public List<TypedSpan> find(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<int[]> sentences = tokenizer.sentences(text, tokens);
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<TypedSpan> out = new ArrayList<>();
        try {
            for (int[] s : sentences) {
                String[] words = new String[s[1] - s[0]];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(s[0] + i).text();
                }
                for (Span span : finder.find(words)) {
                    int from = s[0] + span.getStart();
                    int to = s[0] + span.getEnd();
                    // quote marks and punctuation at the edges are not part of a name
                    while (from < to && isPunctuation(tokens.get(from).text())) {
                        from++;
                    }
                    while (to > from && isPunctuation(tokens.get(to - 1).text())) {
                        to--;
                    }
                    if (from >= to) {
                        continue;
                    }
                    if (to - from == 1 && tokens.get(from).text().codePoints().allMatch(Character::isLowerCase)) {
                        continue; // "российских": names are written with a capital; factRuEval marks few of these
                    }
                    EntityType type = EntityType.valueOf(span.getType());
                    if (type == EntityType.PERSON) {
                        to = extendPersonName(tokens, from, to, s[1]);
                    } else if (type == EntityType.ORGANIZATION) {
                        from = withDescriptor(tokens, from, s[0]);
                    }
                    out.add(new TypedSpan(tokens.get(from).start(), tokens.get(to - 1).end(), type));
                    if (type == EntityType.LOCATION && from - 1 >= s[0] && isBodyOfPlace(tokens.get(from - 1))) {
                        // "правительства Китая": factRuEval marks the body as an organisation around the place
                        out.add(new TypedSpan(tokens.get(from - 1).start(), tokens.get(to - 1).end(),
                                EntityType.ORGANIZATION));
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
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
            boolean lastIsGiven = last.hasTag("Name") || last.hasTag("Patr") || loneForeign;
            if (!lastIsGiven || !Character.isUpperCase(next.codePointAt(0)) || next.length() < 2
                    || next.codePoints().allMatch(Character::isUpperCase)) {
                break;
            }
            to++;
        }
        return to;
    }

    /** Generic words that factRuEval's organisation mentions include ("партии «Яблоко»", "газета «Труд»"). */
    private static final java.util.Set<String> ORG_DESCRIPTORS = java.util.Set.of("компания", "корпорация",
            "концерн", "холдинг", "банк", "фонд", "партия", "движение", "газета", "журнал", "агентство", "телеканал",
            "радиостанция", "издание", "команда", "клуб", "организация", "университет", "институт", "министерство",
            "ведомство", "служба", "завод", "фабрика", "театр", "союз", "общество", "ассоциация", "профсоюз",
            "фракция", "комитет", "оао", "зао", "ооо", "ао", "группа", "издательство", "телекомпания", "центр");

    /** Bodies named after the place they govern or represent. */
    private static final java.util.Set<String> BODIES_OF_PLACES = java.util.Set.of("правительство", "парламент",
            "администрация", "мэрия", "сборная", "посольство", "консульство", "министерство", "генпрокуратура",
            "прокуратура", "полиция", "армия", "кабмин", "минобороны", "мид", "мвд", "фсб", "генштаб", "сенат",
            "конгресс", "руководство", "власть", "суд", "совет", "дума", "правительства");

    private static boolean isBodyOfPlace(Token token) {
        String w = token.text();
        return Character.isLetter(w.codePointAt(0))
                && BODIES_OF_PLACES.contains(LocationGazetteer.lemma(RussianMorphology.shared(), w));
    }

    private static int withDescriptor(List<Token> tokens, int from, int sentenceStart) {
        int i = from - 1;
        if (i >= sentenceStart && (tokens.get(i).text().equals("«") || tokens.get(i).text().equals("\""))) {
            i--;
        }
        if (i >= sentenceStart) {
            String word = tokens.get(i).text();
            if (Character.isLetter(word.codePointAt(0))
                    && ORG_DESCRIPTORS.contains(LocationGazetteer.lemma(RussianMorphology.shared(), word))) {
                return i;
            }
        }
        return from;
    }
}
