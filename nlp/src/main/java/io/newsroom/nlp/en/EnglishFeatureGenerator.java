package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;
import java.util.Locale;

/**
 * The English name finder's own features, all on lower-cased words where the word matters so that a headline in
 * capitals looks like the same sentence in mixed case: affixes, word shape ±1, place and country gazetteer
 * matches (longest match, begin/inside) ±1, the one-word name type learned from the corpora ±1, a title before the
 * word ("Chancellor Merkel"), how a dictionary writes the word (lower case, capitalised, both or not there: in a
 * headline in capitals, "WIN" is a word and "JAPAN" a name), a common first name on the word or next to it
 * ("Melania Trump"), an organisation word after it ("Acme Inc."), numbers around it (results tables), and whether
 * the whole sentence is in capitals.
 * Computes a sentence's lookups once; one instance per decoder.
 */
final class EnglishFeatureGenerator implements AdaptiveFeatureGenerator {

    private final EnglishGazetteer gazetteer;
    private String[] sentence;
    private String[] lower;
    private String[] place;
    private EntityType[] learned;
    private boolean[] capitalised;
    private boolean[] firstName;
    private String[] lexicon;
    private boolean capitals;

    EnglishFeatureGenerator(EnglishGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            prepare(tokens);
        }
        String w = lower[index];
        for (int k = 1; k <= 4 && k <= w.length(); k++) {
            features.add("pre=" + w.substring(0, k));
            features.add("suf=" + w.substring(w.length() - k));
        }
        features.add("sh=" + shape(tokens[index]));
        features.add("sh-1=" + (index > 0 ? shape(tokens[index - 1]) : "BOS"));
        features.add("sh+1=" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "EOS"));
        features.add("lx=" + lexicon[index]);
        if (place[index] != null) {
            features.add("gz=" + place[index]);
            if (capitals) {
                features.add("caps&gz=" + place[index]);
            }
        }
        features.add("gz-1=" + (index > 0 ? place[index - 1] : "BOS"));
        features.add("gz+1=" + (index + 1 < tokens.length ? place[index + 1] : "EOS"));
        if (learned[index] != null) {
            features.add("ln=" + learned[index]);
            if (capitals) {
                features.add("caps&ln=" + learned[index]);
            }
        }
        features.add("ln-1=" + (index > 0 ? learned[index - 1] : "BOS"));
        features.add("ln+1=" + (index + 1 < tokens.length ? learned[index + 1] : "EOS"));
        if (firstName[index]) {
            features.add("fn");
        }
        if (index > 0 && firstName[index - 1] && capitalised[index]) {
            features.add("fn-1"); // "Melania Trump": a capitalised word after a first name is most often a surname
        }
        if (index + 1 < tokens.length && firstName[index + 1]) {
            features.add("fn+1");
        }
        if (index > 0 && EnglishGazetteer.isListedTitle(lower[index - 1]) && capitalised[index - 1]) {
            features.add("title-1");
        }
        if (EnglishGazetteer.isListedTitle(w)) {
            features.add("title");
        }
        if (EnglishGazetteer.isOrgWord(w) && capitalised[index]) {
            features.add("orgw");
        }
        for (int k = index + 1; k < tokens.length && k <= index + 3 && capitalised[k]; k++) {
            if (EnglishGazetteer.isOrgWord(lower[k])) {
                features.add("orgw+");
                break;
            }
        }
        if (index + 1 < tokens.length && isNumber(tokens[index + 1])) {
            features.add("num+1");
        }
        if (index > 0 && isNumber(tokens[index - 1])) {
            features.add("num-1");
        }
        if (capitals) {
            features.add("caps");
        }
    }

    private void prepare(String[] tokens) {
        sentence = tokens;
        int n = tokens.length;
        lower = new String[n];
        place = new String[n];
        learned = new EntityType[n];
        capitalised = new boolean[n];
        firstName = new boolean[n];
        lexicon = new String[n];
        for (int i = 0; i < n; i++) {
            String t = tokens[i];
            lower[i] = t.toLowerCase(Locale.ROOT);
            capitalised[i] = Character.isUpperCase(t.codePointAt(0));
            learned[i] = capitalised[i] ? gazetteer.nameType(t) : null;
            firstName[i] = capitalised[i] && gazetteer.isFirstName(t);
            String c = Character.isLetter(t.codePointAt(0)) ? gazetteer.wordClass(t) : "-";
            lexicon[i] = c == null ? "0" : c;
        }
        capitals = TaggedText.inCapitals(tokens); // the same rule as the tagger's, so features and rules agree
        for (int i = 0; i < n; ) {
            int length = capitalised[i] ? placeAt(tokens, i) : 0;
            if (length == 0) {
                i++;
                continue;
            }
            boolean country = gazetteer.isCountry(join(tokens, i, i + length));
            for (int k = 0; k < length; k++) {
                place[i + k] = (country ? "co" : "pl") + (k == 0 ? "B" : "I");
            }
            i += length;
        }
    }

    /** Tokens of the longest place name starting at {@code i}, 0 when none. */
    private int placeAt(String[] tokens, int i) {
        for (int length = Math.min(EnglishGazetteer.MAX_PLACE_TOKENS, tokens.length - i); length > 0; length--) {
            if (capitalised[i + length - 1] && gazetteer.isPlace(join(tokens, i, i + length))) {
                return length;
            }
        }
        return 0;
    }

    static String join(String[] tokens, int from, int to) {
        if (to - from == 1) {
            return tokens[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(tokens[i]);
        }
        return sb.toString();
    }

    static boolean isNumber(String token) {
        return Character.isDigit(token.codePointAt(0)) && token.codePoints().allMatch(c -> Character.isDigit(c)
                || c == '.' || c == ',' || c == '-' || c == ':');
    }

    /** Collapsed word shape: "Merkel" → Xx, "NATO" → X, "U.S." → X.X., "1996" → d, "McDonald" → XxXx. */
    static String shape(String word) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length() && sb.length() < 8; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    }

    @Override
    public void clearAdaptiveData() {
        sentence = null;
    }
}
