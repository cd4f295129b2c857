package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static io.newsroom.nlp.en.NewsWords.PLACE_KINDS;
import static io.newsroom.nlp.en.NewsWords.PREPOSITIONS;
import static io.newsroom.nlp.en.NewsWords.SPEECH_VERBS;
import static io.newsroom.nlp.en.TaggedText.anyCovered;
import static io.newsroom.nlp.en.TaggedText.isPunctuation;

/**
 * Places from the gazetteers that the model left out or typed otherwise: countries, places in lists, after a
 * preposition of place or the kind of place they are, before a market noun or their officials, whole multi-word
 * places, seas named by their adjective, places in brackets after an athlete; a nationality before a group noun
 * ("Chechen rebels") is no name.
 */
final class PlaceRules extends EnglishRules {

    PlaceRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /** Nouns of a market that a city's name goes before: "Tokyo shares", "Frankfurt bourse". */
    private static final Set<String> MARKETS = Set.of("shares", "stocks", "stock", "bonds", "bourse", "equities",
            "traders", "dealers", "brokers", "exchange", "market", "markets");

    /** Seas whose name is also an adjective ("Mediterranean climate"): a place where it stands as a noun. */
    private static final Set<String> SEAS = Set.of("Mediterranean", "Adriatic", "Aegean", "Baltic", "Caribbean",
            "Caspian", "Arctic", "Antarctic", "Ionian", "Tyrrhenian");

    /** Words that follow a noun, not an adjective: "the Mediterranean as", "the Baltic and". */
    private static final Set<String> AFTER_A_NOUN = Set.of("as", "and", "or", "in", "to", "from", "is", "was", "were",
            "has", "had", "of", "for", "with", "by", "on", "at", "that", "which", "where", "since", "until");

    /** Nouns in lower case for the kind of place a name after them is: "the capital Grozny", "the town of Hebron". */
    private static final Set<String> KINDS_OF_PLACE = Set.of("capital", "city", "town", "village", "port", "province",
            "region", "island", "resort", "enclave", "district", "suburb", "border", "outskirts");

    /** Nouns of a place's people and bodies in lower case: "Moscow officials", "Kabul residents". */
    private static final Set<String> OF_A_PLACE = Set.of("officials", "police", "authorities", "residents",
            "citizens", "airport", "hospitals", "mayor", "prosecutors");

    /** Prepositions of place: a known place after them is that place ("in Paris", "to Jordan"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "to", "near", "into", "outside", "across",
            "around", "via", "toward", "towards");

    /**
     * A country's name alone is a place, as newswire annotation has it, also where it stands for the country's
     * government ("Peru's civil aviation authority said"), which the model learnt from UNER PUD to call an
     * organisation; national teams are places too (see {@link SportsRules#sportsTeams}).
     */
    List<Found> countriesArePlaces(TaggedText t, List<Found> found) {
        Set<String> surnames = surnamesOfFullNames(t, found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String name = t.join(f.from, f.to);
            // "RWANDA" in a headline, which the model took for a person: a country, unless a first name ("Chad")
            boolean country = gazetteer.isCountry(name) && (f.type == EntityType.ORGANIZATION
                    || f.type == EntityType.PERSON && !gazetteer.isWorldFirstName(t.word(f.from)));
            // "studied in Vienna and Leipzig", "north of Copenhagen": a known place the model took for a person, where
            // a place stands, is the place, unless a first name or the surname of a person the article names in full
            boolean city = f.type == EntityType.PERSON && f.to - f.from == 1 && gazetteer.isPlace(name)
                    && !gazetteer.isWorldFirstName(name) && !surnames.contains(EnglishGazetteer.key(name))
                    && wherePlacesStand(t, f, found);
            out.add(country || city ? f.typed(EntityType.LOCATION) : f);
        }
        return out;
    }

    /**
     * Capitals, which news writes for their governments ("Ankara was ready", "Tokyo was in close contact with
     * Washington", "Beijing , which has declined to condemn…"), as a place in newswire annotation; 1990s names too.
     */
    private static final Set<String> CAPITALS = Set.of("abuja", "accra", "addis ababa", "algiers", "amman",
            "amsterdam", "ankara", "athens", "baghdad", "baku", "bamako", "bangkok", "beijing", "beirut", "belgrade",
            "berlin", "bern", "bishkek", "bogota", "bonn", "brasilia", "bratislava", "brussels", "bucharest",
            "budapest", "buenos aires", "bujumbura", "cairo", "canberra", "caracas", "chisinau", "colombo",
            "copenhagen", "dakar", "damascus", "dhaka", "doha", "dublin", "dushanbe", "freetown", "gaborone",
            "hanoi", "harare", "havana", "helsinki", "islamabad", "jakarta", "jerusalem", "kabul", "kampala",
            "kathmandu", "khartoum", "kiev", "kyiv", "kigali", "kinshasa", "kuala lumpur", "kuwait", "la paz", "lagos",
            "lisbon", "ljubljana", "london", "luanda", "lusaka", "madrid", "managua", "manila", "maputo", "mexico city",
            "minsk", "mogadishu", "monrovia", "montevideo", "moscow", "muscat", "nairobi", "new delhi", "niamey",
            "nicosia", "oslo", "ottawa", "paris", "phnom penh", "prague", "pretoria", "pyongyang", "quito", "rabat",
            "rangoon", "riga", "riyadh", "rome", "sanaa", "santiago", "sarajevo", "seoul", "skopje", "sofia",
            "stockholm", "taipei", "tallinn", "tashkent", "tbilisi", "tegucigalpa", "tehran", "tirana", "tokyo",
            "tripoli", "tunis", "ulan bator", "vienna", "vilnius", "warsaw", "washington", "wellington", "windhoek",
            "yangon", "yerevan", "zagreb", "alma-ata", "almaty", "astana", "ashgabat", "asmara", "ndjamena",
            "nouakchott", "ouagadougou", "kingston", "lima", "san jose", "san salvador", "guatemala city",
            "panama city", "santo domingo", "port-au-prince", "vientiane", "ulaanbaatar", "male", "valletta",
            "reykjavik", "podgorica", "pristina");

    /** The first words of {@link #CAPITALS}, so that a word that opens none is passed over at once. */
    private static final Set<String> CAPITAL_FIRST_WORDS = CAPITALS.stream().map(c -> c.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "Ankara was ready", "Beijing , which has declined…", "in close contact with Washington": outside sports
     * stories, a capital the model took for an organisation or a person is the place (for its government, as
     * newswire annotation has it), unless it is the surname of a person the article names in full.
     */
    List<Found> capitalsArePlaces(TaggedText t, List<Found> found) {
        if (t.sportsStory()) {
            return found; // "Moscow beat Kiev 2-1": clubs
        }
        Set<String> surnames = surnamesOfFullNames(t, found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String name = t.join(f.from, f.to);
            boolean capital = f.type != EntityType.LOCATION && f.to - f.from <= 3
                    && CAPITALS.contains(name.toLowerCase(Locale.ROOT)) && !surnames.contains(EnglishGazetteer.key(name))
                    && (f.type == EntityType.ORGANIZATION || !gazetteer.isWorldFirstName(t.word(f.from)));
            out.add(capital ? f.typed(EntityType.LOCATION) : f);
        }
        // a capital the model left out, alone between lower-case words ("said Paris still believed", "an official
        // in Kigali said"), is the place too
        boolean[] covered = t.covered(out);
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || !t.nameLike(i) || !CAPITAL_FIRST_WORDS.contains(t.word(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int length = 3; length >= 1; length--) {
                int to = i + length;
                if (to > t.tokens.size() || anyCovered(covered, i, to) || t.sentenceOf[to - 1] != t.sentenceOf[i]
                        || !t.nameLike(i) || t.capitals[t.sentenceOf[i]]
                        || !CAPITALS.contains(t.join(i, to).toLowerCase(Locale.ROOT))
                        || i > 0 && t.sentenceOf[i - 1] == t.sentenceOf[i] && t.nameLike(i - 1) && !t.sentenceStart(i - 1)
                        || to < t.tokens.size() && t.sentenceOf[to] == t.sentenceOf[i] && t.nameLike(to)
                        || i > 0 && t.word(i - 1).equalsIgnoreCase("the")) {
                    continue; // "the Paris agreement", "the Paris targets": a treaty's, no place
                }
                out.add(new Found(i, to, EntityType.LOCATION, 0.5));
                Arrays.fill(covered, i, to, true);
                i = to - 1;
                break;
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** Words after which only a place stands ("in", "near"; "north of"); not "to" or "from": "a pass to Henderson". */
    private static final Set<String> PLACE_ONLY_BEFORE = Set.of("in", "near", "outside", "across", "around", "via",
            "toward", "towards", "into");

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts");

    /** Mention {@code f} stands where a place does: after "in", "north of", or listed with a place. */
    private static boolean wherePlacesStand(TaggedText t, Found f, List<Found> found) {
        int[] s = t.sentences.get(t.sentenceOf[f.from]);
        if (f.from > s[0]) {
            String before = t.word(f.from - 1).toLowerCase(Locale.ROOT);
            if (PLACE_ONLY_BEFORE.contains(before) || before.equals("of") && f.from - 1 > s[0]
                    && DIRECTIONS.contains(t.word(f.from - 2).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // "Vienna and Leipzig", "Dubai and Jersey"
        for (Found g : found) {
            if (g.type == EntityType.LOCATION && g != f && t.sentenceOf[g.from] == t.sentenceOf[f.from]
                    && (g.to + 1 == f.from || f.to + 1 == g.from)) {
                String between = t.word(g.to + 1 == f.from ? g.to : f.to);
                if (between.equals("and") || between.equals("or")) { // not a comma: "Having secured Macedon , Philip"
                    return true;
                }
            }
        }
        return false;
    }

    /** The surnames of the people the article names in full ("Lewis Hamilton": "hamilton"), as keys. */
    private static Set<String> surnamesOfFullNames(TaggedText t, List<Found> found) {
        Set<String> surnames = new HashSet<>();
        for (Found f : found) {
            if (f.type == EntityType.PERSON && f.to - f.from > 1) {
                surnames.add(EnglishGazetteer.key(t.word(f.to - 1)));
            }
        }
        return surnames;
    }

    /** Plural kinds of place, before the names of places of that kind ("the villages of Shatoi and Vedeno"). */
    private static final Set<String> PLACE_PLURALS = Set.of("villages", "towns", "cities", "regions", "provinces",
            "districts", "countries", "states", "islands", "ports", "capitals", "republics", "suburbs", "enclaves");

    /** What links a kind of place to the places named: "the towns of", "cities including" (and "such as"). */
    private static final Set<String> KIND_LINKS = Set.of("of", "including", "like");

    /**
     * "the villages of Shatoi and Vedeno", "towns such as Brcko and Srebrenica", "the Baltic states of Estonia ,
     * Latvia and Lithuania": the names listed after a plural kind of place are places, known or not.
     */
    List<Found> placesOfAKind(TaggedText t, List<Found> found) {
        List<Found> places = new ArrayList<>();
        for (int i = 0; i + 2 < t.tokens.size(); i++) {
            if (!PLACE_PLURALS.contains(t.word(i))) {
                continue;
            }
            boolean suchAs = t.word(i + 1).equals("such") && t.word(i + 2).equals("as");
            if (!suchAs && !KIND_LINKS.contains(t.word(i + 1))) {
                continue;
            }
            int k = suchAs ? i + 3 : i + 2;
            int end = t.sentences.get(t.sentenceOf[i])[1];
            boolean afterComma = false;
            while (k < end && t.nameLike(k)) {
                int to = k;
                while (to < end && to - k < 3 && t.nameLike(to)) {
                    to++;
                }
                if (afterComma && (to >= end || !Set.of(",", "and", "or").contains(t.word(to)))) {
                    break; // "the regions of Macedon , Philip assembled": the list ended at the comma
                }
                places.add(new Found(k, to, EntityType.LOCATION, Found.CONFIDENT));
                afterComma = to < end && t.word(to).equals(",");
                if (to + 1 < end && (t.word(to).equals(",") || t.word(to).equals("and") || t.word(to).equals("or"))) {
                    k = to + 1;
                    if (k + 1 < end && t.word(to).equals(",") && t.word(k).equals("and")) {
                        k++;
                    }
                } else {
                    break;
                }
            }
        }
        return Found.replacing(found, places);
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
    List<Found> groupAdjectives(TaggedText t, List<Found> found) {
        Set<String> personWords = new HashSet<>();
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

    /** Words that end the name of a sports ground ("Emirates Stadium", "Allianz Arena", "Kensington Oval"). */
    private static final Set<String> GROUND_WORDS = Set.of("Stadium", "Arena", "Stadion", "Velodrome", "Oval",
            "Speedway", "Raceway", "Coliseum", "Colosseum", "Dome", "Ballpark", "Fieldhouse");

    /** Words that open the name of a sports ground ("Stadio Olimpico", "Estadio Azteca"). */
    private static final Set<String> GROUND_OPENERS = Set.of("Stadio", "Estadio", "Stade", "Estadi");

    /**
     * A sports ground is a place: a title-case name ending in "Stadium", "Arena", "Oval"… or opening with "Stadio",
     * "Estadio"… ("at the Allianz Arena", "the Emirates Stadium", "Stadio Olimpico"), whatever the model made of it
     * or of the words before its last one ("Saitama Super Arena", which it took for a company).
     */
    List<Found> sportsGrounds(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> grounds = new ArrayList<>();
        for (int i = 0; i < t.tokens.size(); i++) {
            String w = t.word(i);
            if (t.capitals[t.sentenceOf[i]] || t.titleCase[t.sentenceOf[i]]) {
                continue;
            }
            int s0 = t.sentences.get(t.sentenceOf[i])[0];
            int s1 = t.sentences.get(t.sentenceOf[i])[1];
            if (GROUND_WORDS.contains(w) && i > s0 && t.nameLike(i - 1)) {
                int from = i - 1; // a sentence's first word is in the name only when it is the one before
                while (from > s0 + 1 && i - from < 3 && t.nameLike(from - 1)) {
                    from--;
                }
                grounds.add(new Found(from, i + 1, EntityType.LOCATION, Found.CONFIDENT));
            } else if (GROUND_OPENERS.contains(w) && i + 1 < s1 && t.nameLike(i + 1)) {
                int to = i + 1;
                while (to < s1 && to - i <= 3 && t.nameLike(to)) {
                    to++;
                }
                grounds.add(new Found(i, to, EntityType.LOCATION, Found.CONFIDENT));
            }
        }
        if (grounds.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            // a mention inside the ground's name goes; one reaching beyond it ("Bayern Munich") keeps it out
            if (grounds.stream().noneMatch(g -> f.from >= g.from && f.to <= g.to)) {
                out.add(f);
            }
        }
        for (Found g : grounds) {
            if (out.stream().noneMatch(f -> f.from < g.to && g.from < f.to)) {
                out.add(g);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * "Ato Boldon ( Trinidad )": a known place in brackets after a person is where they come from, not a
     * person; in a line of scorers with their clubs, a club.
     */
    List<Found> placesInBrackets(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        // "Robbie Fowler ( Liverpool ) , Ian Wright ( Arsenal )": where a club stands in such brackets, a line of
        // scorers and their clubs, every town there is a club
        Set<Integer> clubLines = new HashSet<>();
        for (int n = 1; n < out.size(); n++) {
            Found f = out.get(n);
            if (f.type == EntityType.ORGANIZATION && afterPersonInBrackets(t, out.get(n - 1), f)
                    && !gazetteer.isPlace(t.join(f.from, f.to))) {
                clubLines.add(t.sentenceOf[f.from]);
            }
        }
        for (int n = 1; n < out.size(); n++) {
            Found f = out.get(n);
            if (afterPersonInBrackets(t, out.get(n - 1), f) && !gazetteer.isCountry(t.join(f.from, f.to))
                    && clubLines.contains(t.sentenceOf[f.from])) {
                out.set(n, f.typed(EntityType.ORGANIZATION));
            } else if (f.type != EntityType.LOCATION && afterPersonInBrackets(t, out.get(n - 1), f)
                    && gazetteer.isPlace(t.join(f.from, f.to))) {
                out.set(n, f.typed(EntityType.LOCATION));
            }
        }
        return out;
    }

    /** Mention {@code f} stands alone in brackets right after the person {@code before}: "Ato Boldon ( Trinidad )". */
    private static boolean afterPersonInBrackets(TaggedText t, Found before, Found f) {
        return f.from >= 2 && f.to < t.tokens.size() && t.word(f.from - 1).equals("(") && t.word(f.to).equals(")")
                && before.type == EntityType.PERSON && before.to == f.from - 1;
    }

    /**
     * Countries the model left out are places wherever they are written with a capital, and other known places
     * are when listed next to a place ("Paris, Lyon and Marseille"), before the kind of place they are ("the
     * Kherson province"), alone mid-sentence when no dictionary has them as a common word ("and Tokyo shares
     * fell") and wherever a name of two words or more is all of a capitalised phrase ("hit Inner Mongolia"); a sea
     * named by its adjective is one where it stands as a noun ("around the Mediterranean ,").
     */
    List<Found> placesFromGazetteer(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        EntityType[] typeAt = t.typeAt(found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean market = f.type == EntityType.PERSON && f.to < t.tokens.size() && gazetteer.isPlace(t.join(f.from, f.to))
                    && !gazetteer.isListedPeople(t.word(f.from)) // "German officials", though a town is called German
                    && (MARKETS.contains(t.word(f.to)) || OF_A_PLACE.contains(t.word(f.to)));
            // "the Chechen capital Grozny", "the port city of Mombasa": a known place after the kind of place it is
            boolean kindBefore = f.type != EntityType.LOCATION && f.from > 0 && gazetteer.isPlace(t.join(f.from, f.to))
                    && (KINDS_OF_PLACE.contains(t.word(f.from - 1)) || f.from > 1 && t.word(f.from - 1).equals("of")
                        && KINDS_OF_PLACE.contains(t.word(f.from - 2)));
            out.add(market || kindBefore ? f.typed(EntityType.LOCATION) : f);
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
                    String name = t.join(i, to);
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
                    // "hit Inner Mongolia on Friday", "in the Black Sea": a known place of two words or more, the whole
                    // capitalised phrase, in a mixed-case sentence
                    boolean whole = length >= 2 && gazetteer.isPlace(name) && !t.capitals[t.sentenceOf[i]]
                            && !t.titleCase[t.sentenceOf[i]];
                    if (country || listed || kindAfter || lone || whole) {
                        Found f = new Found(i, to, EntityType.LOCATION, 0.5);
                        out.add(f);
                        Arrays.fill(covered, i, to, true);
                        Arrays.fill(typeAt, i, to, EntityType.LOCATION);
                        break;
                    }
                }
            }
        }
        for (int i = 1; i + 1 < t.tokens.size(); i++) {
            // "around the Mediterranean , ", "in the Adriatic and": a sea's adjective as a noun is the sea
            int sea = i;
            if (SEAS.contains(t.word(i)) && t.word(i - 1).equalsIgnoreCase("the")
                    && (isPunctuation(t.word(i + 1)) || AFTER_A_NOUN.contains(t.word(i + 1)))
                    && out.stream().noneMatch(f -> f.from <= sea && f.to > sea && f.to - f.from > 1)) {
                out.removeIf(f -> f.from == sea && f.to == sea + 1); // the model's "Adriatic" person
                out.add(new Found(i, i + 1, EntityType.LOCATION, 0.5));
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** A place on the other side of a list separator at {@code sep} ("," "and" "or" "/"). */
    private static boolean listedWith(TaggedText t, EntityType[] typeAt, int sep, int direction) {
        if (sep < 0 || sep >= t.tokens.size()) {
            return false;
        }
        String s = t.word(sep);
        int other = sep + direction;
        return (s.equals(",") || s.equals("and") || s.equals("or") || s.equals("/") || s.equals(";"))
                && other >= 0 && other < t.tokens.size() && typeAt[other] == EntityType.LOCATION;
    }
}
