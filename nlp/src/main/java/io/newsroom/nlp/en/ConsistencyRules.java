package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.newsroom.nlp.en.Found.CONFIDENT;
import static io.newsroom.nlp.en.NewsWords.NOT_ORGANISATIONS;
import static io.newsroom.nlp.en.NewsWords.NOT_SPEAKERS;
import static io.newsroom.nlp.en.NewsWords.isMonth;
import static io.newsroom.nlp.en.NewsWords.namesAThing;
import static io.newsroom.nlp.en.TaggedText.anyCovered;
import static io.newsroom.nlp.en.TaggedText.isPunctuation;

/**
 * What the whole article says of a name: it keeps one type, is named wherever the article writes it again (a
 * person's surname alone too), names listed with it are of its kind, and a headline in capitals is read with the
 * story's own names.
 */
final class ConsistencyRules extends EnglishRules {

    ConsistencyRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /**
     * A name keeps one type in an article: the type its mentions gave it, weighted by their confidence
     * ("Jordan" the player is not the country three lines later).
     */
    List<Found> consistentTypes(TaggedText t, List<Found> found) {
        Map<String, double[]> votes = new HashMap<>();
        for (Found f : found) {
            if (t.dateline[f.from] || venue(t, f)) {
                continue; // a dateline's place or a game's venue is a place by layout: it neither votes nor is retyped
            }
            votes.computeIfAbsent(t.key(f.from, f.to), k -> new double[EntityType.values().length])[f.type.ordinal()]
                    += f.confidence;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (t.dateline[f.from]) {
                out.add(f);
                continue;
            }
            if (venue(t, f)) {
                // a venue the model or a club's votes made an organisation is the place
                out.add(f.type == EntityType.ORGANIZATION ? f.typed(EntityType.LOCATION) : f);
                continue;
            }
            out.add(f.typed(EntityType.values()[best(votes.get(t.key(f.from, f.to)), f.type.ordinal())]));
        }
        return out;
    }

    /** A known place where a game was played ("In Newcastle :", "AT BOSTON"): a club of its name does not retype it. */
    private boolean venue(TaggedText t, Found f) {
        return t.venue(f.from, f.to) && gazetteer.isPlace(t.join(f.from, f.to));
    }

    /**
     * "Daewoo and Samsung", "Siemens , Bayer and BASF": a capitalised word or two the model left out, joined by "and",
     * "or" or a comma to a name, is a name of the same type (lists name like things), unless a dictionary has it
     * as a common word.
     */
    List<Found> coordinated(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        EntityType[] typeAt = t.typeAt(found);
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

    private boolean coordinable(TaggedText t, int i) {
        String w = t.word(i);
        String c = gazetteer.wordClass(w);
        return t.nameLike(i) && w.length() > 1 && (c == null || c.equals(EnglishLexicon.PROPER))
                && !EnglishGazetteer.isTitle(w) && !gazetteer.isDemonym(w) && !isNationalityNoun(w) && !isMonth(w)
                && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT)) && !NOT_ORGANISATIONS.contains(w);
    }

    /** The type of the name across "and", "or" or a comma from token {@code i}, in the same sentence, or null. */
    private static EntityType joinedType(TaggedText t, EntityType[] typeAt, int sep, int direction, int i) {
        int other = sep + direction;
        if (sep < 0 || sep >= t.tokens.size() || other < 0 || other >= t.tokens.size()
                || t.sentenceOf[other] != t.sentenceOf[i] || t.capitals[t.sentenceOf[i]]) {
            return null;
        }
        String s = t.word(sep);
        return (s.equals("and") || s.equals("or") || s.equals(",")) && !t.titleCase[t.sentenceOf[i]] ? typeAt[other] : null;
    }

    /**
     * A line in capitals ("JUVENTUS BEAT PARMA", "SELES BEATS HINGIS") is read with the story's own names: a word or
     * phrase there that the story names in mixed case takes the story's type, or the person's whose surname it is,
     * named or not by the model (a headline's words have no case to tell by, the story's do), or the company's whose
     * name's first word it is ("NETSCAPE" of "Netscape Communications Corp"); a mention there that
     * runs from a story's name into common words ends with the name ("RUSSIA SECURITY CHARTER": "RUSSIA").
     */
    List<Found> headlineEchoes(TaggedText t, List<Found> found) {
        Map<String, double[]> votes = new HashMap<>();
        for (Found f : found) {
            if (!t.capitals[t.sentenceOf[f.from]]) {
                votes.computeIfAbsent(t.key(f.from, f.to), k -> new double[EntityType.values().length])[f.type.ordinal()]
                        += f.confidence;
                if (f.type == EntityType.PERSON && f.to - f.from > 1) {
                    votes.computeIfAbsent(t.key(f.to - 1, f.to), k -> new double[EntityType.values().length])
                            [EntityType.PERSON.ordinal()] += f.confidence;
                }
                String first = t.word(f.from);
                String c = gazetteer.wordClass(first);
                if (f.type == EntityType.ORGANIZATION && f.to - f.from > 1 && (c == null || c.equals(EnglishLexicon.PROPER))
                        && !isNationalityNoun(first) && !gazetteer.isPlace(first)) {
                    // "NETSCAPE" in the headline of a story about "Netscape Communications Corp"
                    votes.computeIfAbsent(t.key(f.from, f.from + 1), k -> new double[EntityType.values().length])
                            [EntityType.ORGANIZATION.ordinal()] += f.confidence / 2;
                }
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean headline = t.capitals[t.sentenceOf[f.from]] && !t.dateline[f.from] && !venue(t, f);
            double[] v = headline ? votes.get(t.key(f.from, f.to)) : null;
            int end = f.to;
            while (headline && v == null && end - f.from > 1 && commonWord(t.word(end - 1))) {
                end--;
                v = votes.get(t.key(f.from, end));
            }
            if (v == null) {
                out.add(f);
            } else {
                out.add(new Found(f.from, end, EntityType.values()[best(v, 0)], f.confidence));
            }
        }
        boolean[] covered = t.covered(out);
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || !t.capitals[t.sentenceOf[i]]) {
                continue;
            }
            for (int length = 4; length >= 1; length--) {
                int to = i + length;
                if (to > t.tokens.size() || t.sentenceOf[to - 1] != t.sentenceOf[i] || anyCovered(covered, i, to)) {
                    continue;
                }
                double[] v = votes.get(t.key(i, to));
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
    List<Found> repeated(TaggedText t, List<Found> found) {
        Map<String, EntityType> sure = new HashMap<>();
        Map<String, EntityType> surnames = new HashMap<>();
        for (Found f : found) {
            if (f.confidence >= CONFIDENT) {
                sure.putIfAbsent(t.key(f.from, f.to), f.type);
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
        boolean[] covered = t.covered(found);
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
                String k = t.key(i, to);
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
}
