package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newsroom.nlp.en.Found.CONFIDENT;
import static io.newsroom.nlp.en.NewsWords.ARTICLES;
import static io.newsroom.nlp.en.NewsWords.INDICES;
import static io.newsroom.nlp.en.NewsWords.NOT_ORGANISATIONS;
import static io.newsroom.nlp.en.NewsWords.NOT_SPEAKERS;
import static io.newsroom.nlp.en.NewsWords.PERSON_TITLES;
import static io.newsroom.nlp.en.NewsWords.PLACE_KINDS;
import static io.newsroom.nlp.en.NewsWords.PLACE_NAMED_THINGS;
import static io.newsroom.nlp.en.NewsWords.PRICE_VERBS;
import static io.newsroom.nlp.en.NewsWords.SPEECH_VERBS;
import static io.newsroom.nlp.en.NewsWords.isEvent;
import static io.newsroom.nlp.en.NewsWords.isMonth;

/**
 * Organisations named by what the copy says of them: companies in business copy (legal forms, share prices, staff,
 * their kind, their employees), acronyms (defined in brackets or standing alone), parliaments, phrases ending in an
 * organisation word, a place before a capitalised word ("Utah Jazz", "Israel Radio") and names that say what they
 * are ("Bundesbank", "Socialist Party of Serbia", "the Carter Center").
 */
final class OrganisationRules extends EnglishRules {

    OrganisationRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /** Nouns of people who work at an organisation: "an analyst at Merrill Lynch", "a trader at Dresdner Bank". */
    private static final Set<String> STAFF = Set.of("analyst", "analysts", "economist", "economists", "trader",
            "traders", "dealer", "dealers", "strategist", "strategists", "spokesman", "spokeswoman", "spokesperson",
            "executive", "executives", "researcher", "researchers", "employee", "employees", "engineer", "engineers",
            "banker", "bankers", "manager", "managers", "professor", "lecturer", "director", "chairman", "chief");

    /**
     * A stock index ("DAX", "the Nikkei average", "TOPIX") is no name of a place or a body, whatever the model or a
     * place rule made of it (Dax is a French town); last, so that no rule names it again.
     */
    List<Found> noIndices(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        out.removeIf(f -> f.to - f.from <= 2 && INDICES.contains(t.join(f.from, f.to).toLowerCase(Locale.ROOT)));
        return out;
    }

    /** News agencies as wire copy cites them ("ITAR-TASS quoted him", "the official Antara news agency"). */
    private static final Set<String> AGENCIES = Set.of("Reuters", "AFP", "ITAR-TASS", "Itar-Tass", "Interfax",
            "Xinhua", "Kyodo", "Tanjug", "ANSA", "EFE", "PAP", "MENA", "IRNA", "Antara", "Bernama", "Yonhap", "BTA",
            "CTK", "MTI", "PTI", "KCNA", "WAM", "SANA", "KUNA", "QNA", "UPI", "Notimex", "Jiji", "RIA", "Anadolu",
            "Ukrinform", "Belta", "BelTA", "HINA", "SRNA", "ATA", "Rompres", "Agerpres", "Sapa", "Fars", "Tasnim");

    /** How a share price moves, as an adverb before or after the figure ("Bayer up 1.35", "Hoechst 0.90 higher"). */
    private static final Set<String> PRICE_ADVERBS = Set.of("up", "down", "higher", "lower", "firmer", "weaker");

    /** A share price or its change: a figure with decimals ("1.35", "278.80"), which scores and counts have not. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,5}\\.\\d{1,3}");

    /**
     * Companies by their share prices in market reports, whatever the model made of them (a person, often):
     * "Michelin fell 3.20 to 278.80", "with Bayer up 1.35 marks at 60.10 , Hoechst 0.90 higher at 57.20",
     * "Societe Generale edged down 1.00 to 560.00"; and news agencies by their names.
     */
    List<Found> sharePrices(TaggedText t, List<Found> found) {
        List<Found> names = new ArrayList<>();
        for (int[] s : t.sentences) {
            if (t.capitals[t.sentenceOf[s[0]]]) {
                continue;
            }
            for (int i = s[0] + 1; i + 1 < s[1]; i++) {
                String w = t.word(i);
                int figure = -1;
                if (PRICE_VERBS.contains(w) || PRICE_ADVERBS.contains(w)) {
                    figure = i + 1; // "fell 3.20", "up 1.35"
                } else if ((w.equals("edged") || w.equals("eased")) && PRICE_ADVERBS.contains(t.word(i + 1))) {
                    figure = i + 2; // "edged down 1.00"
                } else if (PRICE_ADVERBS.contains(t.word(i + 1)) && DECIMAL.matcher(w).matches()) {
                    figure = i; // "Hoechst 0.90 higher"
                }
                if (figure < 0 || figure >= s[1] || !DECIMAL.matcher(t.word(figure)).matches() || t.resultsSentence(i)) {
                    continue; // a results table's figures are scores and times, no prices
                }
                int end = i; // the name ends before the verb, the adverb or the figure
                int from = t.runBefore(end, s[0]);
                if (from < end && end - from <= 4 && !gazetteer.isPlace(t.join(from, end))
                        && !isNationalityNoun(t.word(from)) && !gazetteer.isFirstName(t.word(from))
                        && !isMonth(t.word(from)) && !(from == s[0] && commonWord(t.word(from)) && end - from == 1)) {
                    names.add(new Found(from, end, EntityType.ORGANIZATION, CONFIDENT));
                }
            }
        }
        for (int i = 0; i < t.tokens.size(); i++) {
            if (AGENCIES.contains(t.word(i))) {
                names.add(new Found(i, i + 1, EntityType.ORGANIZATION, CONFIDENT));
            }
        }
        // a longer name the model found around an agency's stays ("Reuters Television")
        names.removeIf(n -> n.to - n.from == 1 && found.stream().anyMatch(f -> f.from <= n.from && f.to >= n.to
                && f.to - f.from > 1 && f.type == EntityType.ORGANIZATION));
        return Found.replacing(found, names);
    }


    /**
     * A market table's row, "Nippon Steel 22,410 +3" or "Kawasaki Steel 612 unch": a name opening the line, a price
     * and its change, is a company, whatever the model made of it (a person, often); not a stock index.
     */
    List<Found> marketRows(TaggedText t, List<Found> found) {
        List<Found> rows = new ArrayList<>();
        for (int[] s : t.sentences) {
            int to = s[0];
            while (to < s[1] && to - s[0] < 5 && (t.nameLike(to) || t.word(to).equals("&")
                    || EnglishGazetteer.isLegalForm(t.word(to))) && !isMonth(t.word(to))) {
                to++;
            }
            if (to > s[0] && (commonWord(t.word(s[0])) || to < s[1] && isMonth(t.word(to)))) {
                continue; // "Wheat July 5.12 +0.04", "Mar 112.40 +1.10": a commodity's contract, no company
            }
            if (to == s[0] || to + 1 >= s[1] || s[1] - to > 4 || !PRICE.matcher(t.word(to)).matches()
                    || INDICES.contains(t.join(s[0], to).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String change = t.word(to + 1).toLowerCase(Locale.ROOT);
            boolean changed = (change.equals("+") || change.equals("-")) && to + 2 < s[1]
                    && EnglishFeatureGenerator.isNumber(t.word(to + 2));
            if ((changed || change.equals("unch") || change.equals("unchanged")) && !gazetteer.isPlace(t.join(s[0], to))
                    && !gazetteer.isFirstName(t.word(s[0]))) {
                rows.add(new Found(s[0], to, EntityType.ORGANIZATION, Found.BY_LAYOUT));
            }
        }
        return Found.replacing(found, rows);
    }

    /** A share price: "22,410", "6.50", "1,642.18" (a thousands comma or decimals: no score or count). */
    private static final Pattern PRICE = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+");

    /**
     * Business copy names companies by what it says of them, whatever the model made of the name: a legal form
     * after it ("Hoechst AG", "Hartwell Motor Co"), its shares ("Daimler-Benz shares", "shares in Volvo", "a stake
     * in Marion Merrell Dow"), its staff ("an analyst at Merrill Lynch", "Fiat chairman"), its kind ("the newspaper
     * Al-Ahram", "the Likud party"). Such a name is an organisation wherever else the article names it. Places,
     * nationalities and months are left alone ("Tokyo shares", "German shares", "a trader in Frankfurt"); mixed-case
     * sentences only.
     */
    List<Found> companies(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        Set<String> names = new HashSet<>();
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
                boolean byKind = false; // named by its kind: the model's own organisation there stands
                if (t.nameLike(i) && EnglishGazetteer.isLegalForm(w) && i > s[0]) {
                    from = t.runBefore(i, s[0]);
                    to = from < i ? i + 1 : -1;
                } else if (w.equals("news") && i + 1 < s[1] && t.word(i + 1).equals("agency")) {
                    from = t.runBefore(i, s[0]); // "Itar-Tass news agency", "the official Xinhua news agency"
                    to = i;
                } else if ((lower.equals("shares") || lower.equals("stock")) && w.equals(lower)) {
                    from = t.runBefore(i, s[0]);
                    to = i;
                    if (to - from == 1 && EnglishLexicon.COMMON.equals(gazetteer.wordClass(t.word(from)))) {
                        to = -1; // "Chemical shares led the gains": a sector, no company ("Apple shares" is one)
                    }
                } else if ((KINDS_BEFORE.contains(w) || EMPLOYEES.contains(w)) && i > s[0]) {
                    // "the Frankfurter Allgemeine Zeitung newspaper", "the opposition Zajedno coalition", "Fiat
                    // chairman", "U.N. officials"
                    from = t.runBefore(i, s[0]);
                    while (from < i && (t.word(from).equals("The") || isNationalityNoun(t.word(from))
                            || i - from > 1 && EnglishLexicon.COMMON.equals(gazetteer.wordClass(t.word(from))))) {
                        from++; // "the Shiite Sadr movement", "Tell Nigerian officials": no part of the name
                    }
                    if (isNationalityNoun(t.word(i - 1))) {
                        from = i; // "Ilocano workers", "Nigerian officials": a people's, no organisation's
                    }
                    int a = from;
                    int b = i;
                    boolean person = EMPLOYEES.contains(w)
                            && found.stream().anyMatch(f -> f.type == EntityType.PERSON && f.from < b && f.to > a);
                    // one word a dictionary has only in lower case is none ("Opposition party leaders", "a Wireless
                    // carrier"), nor a person's name before staff ("Yeltsin spokesman"; a paper may look like one to
                    // the model: "Izvestia daily")
                    boolean common = i - from == 1 && EnglishLexicon.COMMON.equals(gazetteer.wordClass(t.word(from)));
                    to = common || person ? -1 : i;
                    byKind = true;
                }
                if (to <= from && KINDS_AFTER.contains(w) && i > s[0] && i + 1 < s[1]
                        && (Character.isLowerCase(t.word(i - 1).codePointAt(0))
                        || ARTICLES.contains(t.word(i - 1).toLowerCase(Locale.ROOT)) || t.sentenceStart(i - 1)
                        || isNationalityNoun(t.word(i - 1)))) {
                    // "the newspaper Al-Ahram", "the state news agency Tanjug", "the daily Le Monde", "Polish
                    // conglomerate Elektrim", "Textile group Yangtzekiang Garment"
                    int name = i + 1;
                    // "the firm Ian Smith runs", "sold to the manufacturer Georg Reichenbach"
                    boolean person = found.stream().anyMatch(f -> f.type == EntityType.PERSON && f.from == name
                            && f.to - f.from > 1 && gazetteer.isWorldFirstName(t.word(name)));
                    from = name;
                    to = person ? -1 : t.runAfter(name, s[1]);
                    byKind = true;
                }
                if (to <= from && PRICE_VERBS.contains(w) && i > s[0] && priceMove(t, i + 1, s[1])
                        && !t.resultsSentence(i)) {
                    // "Volkswagen rose 1.50 marks", "Toyota fell 20 yen to 1,890": a share price moving
                    int run = t.runBefore(i, s[0]);
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
                    to = t.runAfter(from, s[1]);
                    int and = to;
                    int second = and + 1 < s[1] && t.word(and).equals("and") ? t.runAfter(and + 1, s[1]) : and;
                    if (second > and + 1 && !gazetteer.isCountry(t.join(and + 1, second)) && !isMonth(t.word(and + 1))
                            && !EnglishGazetteer.isTitle(t.word(and + 1))) { // banks are named after towns: "Midland"
                        // "dealers at Barclays and Midland": both are the staff's employers
                        int a = and + 1;
                        int b = second;
                        out.removeIf(f -> f.from < b && f.to > a);
                        out.add(new Found(a, b, EntityType.ORGANIZATION, CONFIDENT));
                        names.add(t.key(a, b));
                    }
                }
                if (from < 0 || to <= from || !companyName(t, from, EnglishGazetteer.isLegalForm(t.word(to - 1)) && to - from > 1 ? to - 1 : to)) {
                    continue;
                }
                int a = from;
                int b = to;
                if (byKind && out.stream().anyMatch(f -> f.from < b && f.to > a && f.type == EntityType.ORGANIZATION)) {
                    continue; // "the company Nicholson 's Limited"
                }
                out.removeIf(f -> f.from < b && f.to > a);
                out.add(new Found(from, to, EntityType.ORGANIZATION, CONFIDENT));
                names.add(t.key(from, to));
                if (to - from > 1 && EnglishGazetteer.isLegalForm(t.word(to - 1))) {
                    names.add(t.key(from, to - 1)); // "Hoechst AG" … "Hoechst"
                }
            }
        }
        out.replaceAll(f -> f.type != EntityType.ORGANIZATION && !t.dateline[f.from] && names.contains(t.key(f.from, f.to))
                ? f.typed(EntityType.ORGANIZATION) : f);
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** Sentence {@code k} has a word in lower case: running copy, not a header or a line of names and figures. */
    private static boolean hasLowerCaseWord(TaggedText t, int k) {
        int[] s = t.sentences.get(k);
        for (int i = s[0]; i < s[1]; i++) {
            if (Character.isLowerCase(t.word(i).codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Parliaments news names by their own word: "the Knesset", "the Duma", "Congress". */
    private static final Set<String> PARLIAMENTS = Set.of("knesset", "duma", "bundestag", "bundesrat", "congress",
            "parliament", "sejm", "storting", "folketing", "riksdag", "althing", "majlis", "rada", "dail", "eduskunta",
            "oireachtas", "saeima", "seimas", "riigikogu", "sabor", "skupstina", "sobranie", "sabha", "jirga", "khural");

    /**
     * A parliament's own word, capitalised in a mixed-case sentence ("the Knesset approved", "Congress is expected"), is
     * an organisation, with the word before it when that is capitalised too ("State Duma", "Lok Sabha", "European
     * Parliament"), whatever the model made of it.
     */
    List<Found> parliaments(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i < t.tokens.size(); i++) {
            String w = t.word(i);
            if (!PARLIAMENTS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.codePointAt(0))
                    || t.capitals[t.sentenceOf[i]] || t.titleCase[t.sentenceOf[i]]) {
                continue;
            }
            boolean before = i > 0 && !t.sentenceStart(i) && !t.sentenceStart(i - 1) && t.nameLike(i - 1)
                    && !gazetteer.isPlace(t.word(i - 1)); // "State Duma", "Indonesian Parliament"; not "The Knesset"
            int from = before ? i - 1 : i;
            int a = from;
            int b = i + 1;
            if (out.stream().anyMatch(f -> f.from < b && f.to > a && (f.type == EntityType.ORGANIZATION || f.from < a || f.to > b))) {
                continue; // the model's own "European Parliament", or a longer name ("Indian National Congress party")
            }
            out.removeIf(f -> f.from >= a && f.to <= b);
            out.add(new Found(a, b, EntityType.ORGANIZATION, CONFIDENT));
        }
        out.sort((x, y) -> Integer.compare(x.from, y.from));
        return out;
    }

    /** Nouns for a kind of organisation that its name stands before: "the Likud party", "the Sun newspaper". */
    private static final Set<String> KINDS_BEFORE = Set.of("newspaper", "daily", "weekly", "magazine", "coalition",
            "alliance", "movement", "party", "faction", "militia", "company", "firm", "airline", "carrier",
            "broadcaster", "network", "bloc", "brewer", "carmaker", "insurer", "retailer", "conglomerate");

    /** Who works for an organisation, whose name stands before them: "Fiat chairman", "a Merrill Lynch economist". */
    private static final Set<String> EMPLOYEES = Set.of("chairman", "chairwoman", "spokesman", "spokeswoman",
            "spokesperson", "executive", "executives", "boss", "director", "founder", "shareholder", "shareholders",
            "official", "officials", "employee", "employees", "workers", "subsidiary", "unit", "analyst", "analysts",
            "economist", "economists", "president", "chief", "strategist", "dealer", "dealers", "trader", "traders");

    /** Nouns for a kind of organisation that its name follows: "the newspaper Al-Ahram", "news agency Tanjug". */
    private static final Set<String> KINDS_AFTER = Set.of("newspaper", "daily", "weekly", "magazine", "agency",
            "broadcaster", "airline", "carrier", "group", "company", "firm", "bank", "insurer", "carmaker", "brewer",
            "conglomerate", "television", "radio", "channel", "maker", "producer", "explorer", "developer", "miner",
            "manufacturer", "supplier", "retailer", "refiner", "lender", "distributor", "shipper", "exporter",
            "importer", "chipmaker", "automaker", "drugmaker", "giant", "consultancy", "broker", "brokerage");

    /** A price's move after a verb: a figure that is no score, maybe after "to" or "by" ("1.50", "by 3.2"). */
    private static boolean priceMove(TaggedText t, int i, int end) {
        if (i < end && (t.word(i).equals("to") || t.word(i).equals("by"))) {
            i++;
        }
        return i < end && EnglishFeatureGenerator.isNumber(t.word(i)) && !t.word(i).contains("-");
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
            "heights", "springs", "creek", "dales", "fields", "marshes", "moors", "valley", "peninsula", "canal",
            "basin", "delta", "highlands", "metropolitan", "central", "north", "south", "east", "west", "upper",
            "lower", "new", "old", "great", "greater", "little", "county", "borough", "village", "township", "parish",
            "capital", "centre", "center", "cathedral", "church", "palace", "castle", "abbey", "tower", "hall",
            "stadium", "arena", "road", "avenue", "boulevard", "station", "territory", "territories", "cape", "point",
            "head", "glacier", "reef", "atoll", "archipelago", "garden", "gardens", "zoo", "museum", "crisis", "war",
            "wars", "affair", "campaign", "summit", "conference", "edition", "grand", "house", "water", "gap",
            "corner", "circuit", "track", "course", "day", "live");

    /**
     * "Utah Jazz", "Israel Radio", "Washington Post": a place the model named, then a capitalised dictionary word or
     * two it left out, are one name together, an organisation's (a team's, a broadcaster's, a paper's); a title
     * ("Moscow Mayor"), a person's first name or a place after it makes none.
     */
    List<Found> placeLedNames(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int to = f.to;
            if (f.type == EntityType.LOCATION && !t.capitals[t.sentenceOf[f.from]] && !t.titleCase[t.sentenceOf[f.from]]
                    && !t.dateline[f.from]) {
                boolean country = gazetteer.isCountry(t.join(f.from, f.to));
                while (to < t.tokens.size() && to - f.to < 3 && t.sentenceOf[to] == t.sentenceOf[f.from] && !covered[to]
                        && wordAfterPlace(t, to) && (!country || COUNTRY_BODIES.contains(t.word(to).toLowerCase(Locale.ROOT)))) {
                    to++;
                }
            }
            boolean whole = f.type == EntityType.LOCATION && to == f.to && f.to - f.from >= 2 && !t.titleCase[t.sentenceOf[f.from]]
                    && wordAfterPlace(t, f.to - 1) && (!gazetteer.isCountry(t.join(f.from, f.to - 1))
                        || COUNTRY_BODIES.contains(t.word(f.to - 1).toLowerCase(Locale.ROOT)))
                    && gazetteer.isPlace(t.join(f.from, f.to - 1)) && !gazetteer.isPlace(t.join(f.from, f.to));
            out.add(whole ? f.typed(EntityType.ORGANIZATION) // the model's own "Israel Radio"
                    : to == f.to ? f : new Found(f.from, to, EntityType.ORGANIZATION, f.confidence));
        }
        return out;
    }

    private boolean wordAfterPlace(TaggedText t, int i) {
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
     * a known place; an organisation word left out after an organisation's name of two words or more is the end of
     * that name ("London International Financial Futures" + "Exchange"; "BBC News" may be the BBC's news); "of" and
     * a name after an organisation word are part of the name ("the Socialist Party of Serbia"); a person's name before
     * an institution's word names the institution ("the Carter Center").
     */
    List<Found> namedByTheirWords(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> out = new ArrayList<>(found.size());
        List<Found> joined = new ArrayList<>(); // organisations an "of" joined a name to
        for (Found f : found) {
            String last = t.word(f.to - 1).toLowerCase(Locale.ROOT);
            int institution = f.type == EntityType.PERSON ? namedAfter(t, f, covered) : f.from;
            int ofEnd = f.type == EntityType.ORGANIZATION ? ofName(t, f, found) : f.to;
            if (f.type != EntityType.ORGANIZATION && f.to - f.from == 1 && last.length() > 6 && last.endsWith("bank")
                    && Character.isUpperCase(t.word(f.from).codePointAt(0))) {
                out.add(f.typed(EntityType.ORGANIZATION));
            } else if (f.type == EntityType.PERSON && f.to - f.from == 1 && f.to < t.tokens.size()
                    && t.word(f.to).equals("team") && f.from > 0 && TEAM_OWNERS.contains(t.word(f.from - 1).toLowerCase(Locale.ROOT))) {
                out.add(f.typed(EntityType.ORGANIZATION)); // "his Williams team": a person's name for a racing team
            } else if (f.type == EntityType.LOCATION && f.from > 0 && !covered[f.from - 1] && t.nameLike(f.from - 1)
                    && t.sentenceOf[f.from - 1] == t.sentenceOf[f.from] && gazetteer.isPlace(t.join(f.from - 1, f.to))) {
                out.add(new Found(f.from - 1, f.to, f.type, f.confidence)); // "Inner Mongolia", "Western Sahara"
            } else if (f.type == EntityType.ORGANIZATION && f.to - f.from >= 2 && f.to < t.tokens.size() && !covered[f.to]
                    && t.sentenceOf[f.to] == t.sentenceOf[f.from] && !t.capitals[t.sentenceOf[f.from]]
                    && EnglishGazetteer.isOrgWord(t.word(f.to)) && Character.isUpperCase(t.word(f.to).codePointAt(0))) {
                out.add(new Found(f.from, f.to + 1, f.type, f.confidence));
            } else if (institution > f.from) {
                out.add(new Found(f.from, institution, EntityType.ORGANIZATION, f.confidence));
            } else if (ofEnd > f.to) {
                Found whole = new Found(f.from, ofEnd, f.type, f.confidence);
                joined.add(whole);
                out.add(whole);
            } else {
                out.add(f);
            }
        }
        // the place or name the "of" took in ("Serbia" of "Socialist Party of Serbia") is no mention of its own
        out.removeIf(f -> joined.stream().anyMatch(j -> j != f && j.from <= f.from && f.to <= j.to));
        return out;
    }

    /** Heads of names of institutions named after people: "the Carter Center", "the Clinton Global Initiative". */
    private static final Set<String> INSTITUTIONS = Set.of("center", "centre", "initiative", "foundation", "institute",
            "school", "university", "college", "hospital", "trust", "fund", "library", "corporation",
            "company", "group");

    /**
     * Where an institution named after a person ends ("Carter Center", "Clinton Global Initiative", "Ford
     * Foundation"): the person's mention ends with a head word, or one or two capitalised words after it do; else
     * {@code f.from}. Mixed case only.
     */
    private int namedAfter(TaggedText t, Found f, boolean[] covered) {
        if (t.capitals[t.sentenceOf[f.from]] || t.titleCase[t.sentenceOf[f.from]]) {
            return f.from;
        }
        if (f.to - f.from > 1 && INSTITUTIONS.contains(t.word(f.to - 1).toLowerCase(Locale.ROOT))) {
            return f.to;
        }
        for (int to = f.to + 1; to <= f.to + 2 && to <= t.tokens.size(); to++) {
            int last = to - 1;
            if (covered[last] || t.sentenceOf[last] != t.sentenceOf[f.from] || !t.nameLike(last)) {
                return f.from;
            }
            if (INSTITUTIONS.contains(t.word(last).toLowerCase(Locale.ROOT))) {
                return to;
            }
        }
        return f.from;
    }

    /**
     * Where "of" and a name after an organisation that ends with an organisation word end ("the Socialist Party" +
     * "of Serbia", "the Bank" + "of Greece"), or {@code f.to}: mixed case, no title or person after "of", no legal form
     * before it.
     */
    private int ofName(TaggedText t, Found f, List<Found> found) {
        int of = f.to;
        if (of + 1 >= t.tokens.size() || !t.word(of).equals("of") || t.sentenceOf[of + 1] != t.sentenceOf[f.from]
                || t.capitals[t.sentenceOf[f.from]] || !EnglishGazetteer.isOrgWord(t.word(f.to - 1))
                || EnglishGazetteer.isLegalForm(t.word(f.to - 1)) || t.word(f.to - 1).equalsIgnoreCase("company")) {
            // "Google , Inc. of Mountain View": where a company is, not its name
            return f.to;
        }
        int from = t.word(of + 1).equals("the") ? of + 2 : of + 1;
        int to = t.runAfter(from, t.sentences.get(t.sentenceOf[f.from])[1]);
        boolean person = found.stream().anyMatch(x -> x.type == EntityType.PERSON && x.from < to && x.to > from);
        if (to <= from || to - from > 3 || person || EnglishGazetteer.isTitle(t.word(from))
                || found.stream().anyMatch(x -> x.from < to && x.to > to)) {
            return f.to;
        }
        return to;
    }

    private static final Set<String> TEAM_OWNERS = Set.of("the", "his", "her", "their", "its");

    /** Lower-case words inside a body's name ("Law and Justice", "Institute for the Study of War"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "and", "for", "the", "de", "on", "in");

    /**
     * Where a title-case name of two to six words ending right before token {@code p} starts ("Law and Justice",
     * "Civic Coalition"), or -1: at least two capitalised words, no title, nationality or two first names opening it.
     */
    private int namedBefore(TaggedText t, int p) {
        int from = p;
        int capitalised = 0;
        int sentenceFrom = t.sentences.get(t.sentenceOf[p])[0];
        while (from > sentenceFrom && p - from < 6) {
            String w = t.word(from - 1);
            if (t.nameLike(from - 1) && w.codePoints().skip(1).noneMatch(Character::isDigit)) {
                capitalised++;
            } else if (!NAME_LINKS.contains(w) || from - 1 == sentenceFrom) {
                break;
            }
            from--;
        }
        while (from < p && (!t.nameLike(from) || t.word(from).equals("The"))) {
            from++;
        }
        if (capitalised < 2 || from == p || t.sentenceStart(from) && commonWord(t.word(from))
                || gazetteer.isFirstName(t.word(from)) && gazetteer.isWorldFirstName(t.word(from + 1 < p ? from + 1 : from))
                || EnglishGazetteer.isTitle(t.word(from)) || isNationalityNoun(t.word(from))) {
            return -1;
        }
        return from;
    }

    /**
     * "United Nations High Commissioner for Refugees ( UNHCR )": the words before an acronym in brackets whose
     * initials spell it are one name, whatever pieces the model made of it, an organisation unless it is a known
     * place ("United Arab Emirates ( UAE )"); the acronym has the name's type. So are a title-case name and the
     * acronym it goes by in its own language ("Law and Justice ( PiS )", "Civic Coalition ( KO )").
     */
    List<Found> definedAcronyms(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int p = 1; p + 2 < t.tokens.size(); p++) {
            String acronym = t.word(p + 1);
            if (!t.word(p).equals("(") || !t.word(p + 2).equals(")") || acronym.length() < 2 || acronym.length() > 8
                    || !acronym.codePoints().allMatch(Character::isLetter)
                    || acronym.codePoints().filter(c -> c >= 'A' && c <= 'Z').count() < 2 || t.capitals[t.sentenceOf[p]]) {
                continue;
            }
            int from = acronym.length() >= 3 && acronym.codePoints().allMatch(c -> c >= 'A' && c <= 'Z')
                    ? spelledBy(t, p, acronym) : -1;
            boolean shouted = commonWord(acronym) && acronym.equals(acronym.toUpperCase(Locale.ROOT)); // "( NOT )"
            if (from < 0 && !t.titleCase[t.sentenceOf[p]] && !gazetteer.isPlace(acronym) && !shouted
                    && !NOT_ORGANISATIONS.contains(acronym)) {
                // "Law and Justice ( PiS )", "Civic Coalition ( KO )": initials in another language; a name the model
                // made a place or a person, or reaching further left, stays as it is
                int named = namedBefore(t, p);
                int open = p;
                if (named >= 0 && found.stream().noneMatch(f -> f.from < open && f.to > named
                        && (f.from < named || f.type != EntityType.ORGANIZATION && f.from == named && f.to == open))) {
                    from = named;
                }
            }
            if (from < 0) {
                continue;
            }
            EntityType type = gazetteer.isPlace(t.join(from, p)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
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
    private static int spelledBy(TaggedText t, int end, String acronym) {
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

    /**
     * An untagged word of two to six capitals in a mixed-case sentence ("GCHQ", "RSPB", "CRTC") names an
     * organisation in news, unless it is a place ("UK"), a known person or place name, or a common
     * abbreviation or emphasis ({@link NewsWords#NOT_ORGANISATIONS}).
     */
    List<Found> acronyms(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
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
            if (!hasLowerCaseWord(t, t.sentenceOf[i])) {
                continue; // a table's header ("W L PCT GB"), no sentence of running copy
            }
            out.add(new Found(i, i + 1, EntityType.ORGANIZATION, 0.5));
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * An untagged phrase of two to six capitalised words that ends with an organisation word ("the Civil Aviation
     * Authority", "Kestrel Holdings") is an organisation: the model misses such names when it has not seen them.
     */
    List<Found> organisationPhrases(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
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
                if (particle && last > i + 2 && !gazetteer.isPlace(t.join(i + 2, last))) {
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
    private static boolean titleWord(TaggedText t, int i) {
        String w = t.word(i);
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && Character.isLowerCase(w.codePointAt(w.length() - 1))
                && !NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT));
    }
}
