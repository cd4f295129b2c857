package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;

/**
 * Word shape with runs collapsed ("Мишустин" → Xx, "ЕАЭС" → X, "Ростов-на-Дону" → Xx-x-Xx, "2024" → d), and
 * whether the word is written in Latin letters, which in Russian news often marks a brand or an organisation.
 */
public final class WordShapeFeatureGenerator implements AdaptiveFeatureGenerator {

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String w = tokens[index];
        features.add("sh=" + shape(w));
        if (w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
            features.add("sh=lat");
        }
    }

    static String shape(String word) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
            if (sb.length() > 8) {
                break;
            }
        }
        return sb.toString();
    }
}
