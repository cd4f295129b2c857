package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newsroom.nlp.en.NewsWords.HONORIFICS;
import static io.newsroom.nlp.en.NewsWords.INDICES;
import static io.newsroom.nlp.en.NewsWords.NATIONALITY_NOUNS;
import static io.newsroom.nlp.en.NewsWords.ORDINAL;
import static io.newsroom.nlp.en.NewsWords.WEEKDAYS;
import static io.newsroom.nlp.en.NewsWords.PRICE_VERBS;
import static io.newsroom.nlp.en.NewsWords.namesAThing;
import static io.newsroom.nlp.en.TaggedText.isPunctuation;

/**
 * The edges of the model's spans, sentence by sentence, before any rule reads them: a lower-case word inside a
 * span parts two names; punctuation, "the", a possessive, a number and (for people) a title at an edge are no part
 * of a name; peoples ("Bosnian Serb") and a place that names a treaty ("the Paris Agreement") are no names.
 */
final class SpanEdges extends EnglishRules {

    SpanEdges(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /** Lower-case words of direction before a place ("northern Chad"). */
    /**
     * The halves of a North American league's tables ("EASTERN CONFERENCE"; not "Southwest Conference", a college
     * league, an organisation); its divisions go with {@link #REGIONS} ("ATLANTIC DIVISION").
     */
    private static final Set<String> CONFERENCES = Set.of("eastern", "western", "american", "national");

    private static final Set<String> REGIONS = Set.of("atlantic", "pacific", "central", "eastern", "western",
            "northern", "southern", "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
            "midwest", "metropolitan", "mountain");

    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "coastal", "rural", "mainland", "neighbouring", "neighboring");

    /** Lower-case words that may stand inside a name ("Bank of England", "Ludwig van Beethoven", "Rio de Janeiro"). */
    private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "and", "for", "de", "del", "della", "der",
            "den", "des", "di", "da", "do", "dos", "du", "la", "le", "les", "van", "von", "al", "el", "bin", "ibn",
            "upon", "on", "in", "at", "to", "y", "zu", "ter", "ten", "das", "las", "los", "st", "st.");

    /** Words for a kind of body that name none alone (parliaments do: "Congress", "Senate"). */
    private static final Set<String> GENERIC_BODIES = Set.of("bank", "army", "navy", "government", "cabinet",
            "council", "ministry", "committee", "commission", "court", "police", "agency", "department", "office",
            "board", "authority", "company", "group", "fund", "university", "college", "school", "hospital",
            "administration", "tribunal", "embassy", "consulate", "tv", "radio", "television");

    /** Currencies, which headlines and market reports write in capitals or open sentences with. */
    private static final Set<String> CURRENCIES = Set.of("dollar", "yen", "mark", "marks", "sterling", "franc",
            "francs", "lira", "peseta", "rupee", "rouble", "ruble", "guilder", "krona", "krone", "schilling", "escudo",
            "drachma", "zloty", "forint", "rand", "peso", "won", "baht", "ringgit", "rupiah", "dinar", "shekel", "ecu",
            "euro", "yuan", "punt", "real");

    /** An adjective made of a name and a participle: "Republican-controlled", "Kremlin-backed", "Paris-based". */
    private static final Pattern SHAPED_BY = Pattern.compile("\\p{Lu}[\\p{L}.]*-(controlled|led|based|backed|owned|run"
            + "|dominated|held|funded|sponsored|linked|allied|ruled|influenced|brokered|mediated|supported|born)");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(\\p{Lu}\\.){2,}");

    /**
     * A lower-case word inside a mention that is no name particle ("of", "de", "von", "al"…) parts two names:
     * "Dagestan capital Makhachkala" is "Dagestan" and "Makhachkala".
     */
    static List<Found> splitAtCommonWords(List<Token> tokens, Found f) {
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

    /**
     * Punctuation, "the", a possessive and (for people) titles are not part of a name; {@code null} drops it.
     * {@code capitals}: the sentence is written in capitals.
     */
    Found edges(List<Token> tokens, Found f, int sentenceFrom, boolean capitals) {
        int from = f.from;
        int to = f.to;
        while (from < to && isPunctuation(tokens.get(from).text())) {
            from++;
        }
        if (to - from > 1 && f.type != EntityType.PERSON && HONORIFICS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                && !gazetteer.isPlace(TaggedText.join(tokens, from + 1, to))) {
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
        while (to - from > 1 && SHAPED_BY.matcher(tokens.get(from).text()).matches()) {
            from++; // "the Republican-controlled Senate", "the Moscow-backed government": an adjective, not the name
        }
        while (to - from > 1 && EnglishFeatureGenerator.isNumber(tokens.get(from).text())) {
            from++; // "65 Colin Montgomerie": a golfer's round before his name is no part of it
        }
        if (from >= to) {
            return null; // nothing but punctuation, "the" or a possessive
        }
        String last = tokens.get(to - 1).text();
        if (to - from > 2 && f.type != EntityType.PERSON && isNationalityNoun(tokens.get(from).text())
                && gazetteer.isWorldFirstName(tokens.get(from + 1).text()) && !commonWord(last)
                && !EnglishGazetteer.isOrgWord(last) && !gazetteer.isPlace(TaggedText.join(tokens, from + 1, to))) {
            f = f.typed(EntityType.PERSON); // "Swede Magnus Larsson", "Russian Evgeni Berzin": a nationality and a person
        }
        if (f.type == EntityType.PERSON) {
            while (to - from > 1 && (EnglishFeatureGenerator.isNumber(tokens.get(to - 1).text())
                    || ORDINAL.matcher(tokens.get(to - 1).text()).matches())) {
                to--; // "Ijaz Ahmed 61", "Luc Nilis 34th": a batsman's score, a scorer's minute is no part of a name
            }
            while (to - from > 1 && EnglishGazetteer.isTitle(tokens.get(from).text())) {
                from++;
            }
            String nationality = tokens.get(from).text();
            boolean ofCountry = NATIONALITY_NOUNS.contains(nationality.toLowerCase(Locale.ROOT))
                    || gazetteer.isNationality(nationality);
            if (to - from > 1 && isNationalityNoun(nationality) && (to - from > 2 || ofCountry
                    && !gazetteer.isWorldFirstName(nationality) && !gazetteer.isDemonym(tokens.get(to - 1).text()))) {
                from++; // "Dane Soren Martensen", "Brazilian Ronaldo": a nationality before the name
                while (to - from > 1 && EnglishGazetteer.isTitle(tokens.get(from).text())) {
                    from++; // "Yugoslav President Zoran Lilic"
                }
            }
        }
        if (to - from <= 2 && INDICES.contains(TaggedText.join(tokens, from, to).toLowerCase(Locale.ROOT))) {
            return null; // "DAX", "the Nikkei average": a stock index, no body
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
        if (to - from == 1 && WEEKDAYS.contains(first.toLowerCase(Locale.ROOT))) {
            return null; // "FRIDAY , NOVEMBER 22" heading a diary's day: a day, no place
        }
        String part = to - from == 2 ? tokens.get(from + 1).text().toLowerCase(Locale.ROOT) : "";
        if (part.equals("division") && REGIONS.contains(first.toLowerCase(Locale.ROOT))
                || part.equals("conference") && CONFERENCES.contains(first.toLowerCase(Locale.ROOT))) {
            return null; // "ATLANTIC DIVISION", "Eastern Conference": a part of a league's table, no organisation
        }
        if (to - from == 2 && first.equalsIgnoreCase("no.") && EnglishFeatureGenerator.isNumber(tokens.get(from + 1).text())
                && (capitals || from > sentenceFrom && Character.isLowerCase(tokens.get(from - 1).text().codePointAt(0)))) {
            return null; // "world No. 1", "the No. 2 seed": a rank, no name ("No. 18 ( RAF ) Squadron" is one)
        }
        if (to - from == 1 && f.type == EntityType.ORGANIZATION && GENERIC_BODIES.contains(first.toLowerCase(Locale.ROOT))) {
            return null; // "the Bank", "the Army", "the Government": a body's kind, not its name
        }
        if (to - from == 1 && CURRENCIES.contains(first.toLowerCase(Locale.ROOT)) && (capitals || from == sentenceFrom
                && (!gazetteer.isWorldFirstName(first) || to < tokens.size() && PRICE_VERBS.contains(tokens.get(to).text())))) {
            // "DOLLAR FIRMS AGAINST YEN , MARK", "Sterling fell": a currency, no person (a first name opening a line
            // may be a signature: "Mark")
            return null;
        }
        if (f.type == EntityType.PERSON && to - from == 1 && EnglishLexicon.COMMON.equals(gazetteer.wordClass(first))
                && !gazetteer.isWorldFirstName(first) && (capitals || pluralNoun(first))) {
            // "REFUGEES" in a headline, "Refugees" anywhere: a word a dictionary has only in lower case names no
            // person in a headline or when it is a plural noun (otherwise it may: "Blunt said", "Cable told"; a story
            // naming the person gives the headline its name back, see ConsistencyRules.headlineEchoes)
            return null;
        }
        EntityType type = f.type;
        if (type != EntityType.LOCATION && from > 0 && DIRECTIONS.contains(tokens.get(from - 1).text())
                && gazetteer.isPlace(TaggedText.join(tokens, from, to))) {
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

    private static boolean isPossessive(String token) {
        return token.equalsIgnoreCase("'s") || token.equalsIgnoreCase("’s");
    }
}
