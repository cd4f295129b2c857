package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newsroom.nlp.en.Found.BY_LAYOUT;
import static io.newsroom.nlp.en.Found.CONFIDENT;
import static io.newsroom.nlp.en.NewsWords.NOT_ORGANISATIONS;
import static io.newsroom.nlp.en.NewsWords.NOT_SPEAKERS;
import static io.newsroom.nlp.en.NewsWords.ORDINAL;
import static io.newsroom.nlp.en.NewsWords.PREPOSITIONS;
import static io.newsroom.nlp.en.NewsWords.SCORE;
import static io.newsroom.nlp.en.NewsWords.isEvent;
import static io.newsroom.nlp.en.NewsWords.isInitial;
import static io.newsroom.nlp.en.NewsWords.isMonth;
import static io.newsroom.nlp.en.TaggedText.anyCovered;
import static io.newsroom.nlp.en.TaggedText.isPunctuation;

/**
 * Sports copy: results tables ("Dunmore Rovers 2 Kessington 1", scorers in brackets, nicknames), match reports
 * ("Juventus beat Parma 2-1"), fixtures ("Seattle at Oakland"), athletes with their country ("Lars Brandvold
 * ( Norway )") and events, which are no organisations or places ("the Hamburg Open", "Tour de France").
 * Teams named by their city are organisations; countries stay places (national teams are annotated so).
 */
final class SportsRules extends EnglishRules {

    SportsRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    private static final Set<String> SPORTS_VERBS = Set.of("beat", "beats", "down", "downs", "edge", "edges", "rout",
            "routs", "crush", "crushes", "thrash", "thrashes", "top", "tops", "sink", "sinks", "stun", "stuns", "hold",
            "holds", "held", "draw", "drew", "lose", "loses", "lost", "win", "wins", "won", "rally", "rallies", "clinch",
            "clinches", "blank", "blanks", "sweep", "sweeps", "defeat", "defeats", "defeated", "hammer", "hammers",
            "outlast", "outlasts", "overpower", "overpowers", "whip", "whips", "maul", "mauls", "trounce", "trounces",
            "upset", "upsets", "shade", "shades", "edged", "routed", "crushed", "thrashed", "stunned", "swept", "blanked");

    /** Stage races named after a country: "Tour de France", "Tour of Britain", "Giro d'Italia". */
    private static final Set<String> TOURS = Set.of("tour", "giro", "vuelta");

    private static final Set<String> RACE_LINKS = Set.of("de", "of", "du");

    /** Prepositions between a sports verb and the other team ("drew with", "lost 2-1 to"). */
    private static final Set<String> SPORTS_LINKS = Set.of("to", "with", "against", "over", "by");

    /** Words of a state's name ("Socialist Republic of Vietnam"): with "of" and a country, no person. */
    private static final Set<String> STATE_WORDS = Set.of("republic", "kingdom", "emirate", "emirates", "commonwealth",
            "principality", "state", "states", "islands", "province", "duchy", "sultanate", "federation", "people",
            "democratic", "socialist", "islamic", "arab", "federal", "grand", "central", "national", "royal");

    private static final Pattern SET_SCORE = Pattern.compile("[0-7]-[0-7]");

    /**
     * Sports events are no organisations or places: a name ending in an event word or before one ("the Hamburg
     * Open", "HAMBURG OPEN", "the Stanley Cup", "UEFA Cup") and a country a stage race is named after ("Tour de
     * France"). Last, so that no other rule names the words again (a first name opens "Stanley Cup").
     */
    List<Found> events(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean event = f.type != EntityType.PERSON && (f.to - f.from > 1 && isEvent(t.word(f.to - 1))
                    // "UEFA Cup", "HAMBURG OPEN" where the model named the first word alone
                    || f.to < t.tokens.size() && t.sentenceOf[f.to] == t.sentenceOf[f.from] && isEvent(t.word(f.to)));
            boolean race = f.type == EntityType.LOCATION && f.from >= 2
                    && RACE_LINKS.contains(t.word(f.from - 1).toLowerCase(Locale.ROOT))
                    && TOURS.contains(t.word(f.from - 2).toLowerCase(Locale.ROOT));
            if (!event && !race) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Teams named by their city: in a results line (a name followed by a score, with few lower-case words), a
     * fixtures line ("Seattle at Oakland") or around a sports verb ("TORONTO BEAT BOSTON", "Leeds drew with
     * Bristol", "Toronto won 5-3 against Boston") or before a player's role ("Miami quarterback"), a city is an
     * organisation, and so
     * it is wherever else the article names it, but in its dateline and where it is a game's venue ("In Newcastle :",
     * "AT BOSTON"). Countries stay places, as national teams are
     * annotated in news corpora.
     */
    List<Found> sportsTeams(TaggedText t, List<Found> found) {
        Set<String> teams = new HashSet<>();
        found = clubsBeforeRoles(t, found, teams);
        found = matchSides(t, found);
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean candidate = f.type == EntityType.LOCATION && !gazetteer.isCountry(t.join(f.from, f.to));
            if (candidate && (resultsLine(t, f) || sportsVerbAround(t, f, found) || fixture(t, f, found))) {
                out.add(f.typed(EntityType.ORGANIZATION));
                teams.add(t.key(f.from, f.to));
            } else {
                out.add(f);
            }
        }
        // a city that is a team in this article's results is the team wherever the story names it, but in its dateline
        out.replaceAll(f -> f.type == EntityType.LOCATION && !t.dateline[f.from] && !t.venue(f.from, f.to)
                && teams.contains(t.key(f.from, f.to))
                ? f.typed(EntityType.ORGANIZATION) : f);
        return out;
    }

    /** The nicknames of North American clubs, in lower case ("knicks", "red sox", "maple leafs"). */
    private static final Set<String> NICKNAMES = Set.of(
            // baseball
            "yankees", "orioles", "red sox", "blue jays", "devil rays", "rays", "indians", "guardians", "white sox",
            "twins", "royals", "tigers", "brewers", "athletics", "mariners", "rangers", "angels", "astros", "braves",
            "marlins", "mets", "phillies", "expos", "nationals", "cubs", "cardinals", "reds", "pirates", "dodgers",
            "giants", "padres", "rockies", "diamondbacks",
            // basketball
            "celtics", "knicks", "nets", "76ers", "sixers", "raptors", "bulls", "cavaliers", "pistons", "pacers",
            "bucks", "hawks", "hornets", "heat", "magic", "wizards", "bullets", "nuggets", "timberwolves", "thunder",
            "supersonics", "sonics", "trail blazers", "jazz", "warriors", "clippers", "lakers", "suns", "kings",
            "mavericks", "rockets", "grizzlies", "pelicans", "spurs",
            // ice hockey
            "bruins", "sabres", "red wings", "panthers", "canadiens", "senators", "lightning", "maple leafs",
            "hurricanes", "blue jackets", "devils", "islanders", "flyers", "penguins", "capitals", "coyotes",
            "blackhawks", "avalanche", "stars", "wild", "predators", "blues", "jets", "flames", "oilers", "kraken",
            "canucks", "golden knights", "ducks", "mighty ducks", "sharks", "whalers", "nordiques",
            // american football
            "bills", "dolphins", "patriots", "ravens", "bengals", "browns", "steelers", "texans", "colts", "jaguars",
            "titans", "broncos", "chiefs", "raiders", "chargers", "cowboys", "eagles", "commanders", "redskins",
            "bears", "lions", "packers", "vikings", "falcons", "saints", "buccaneers", "rams", "49ers", "seahawks");

    /** Words of a game's report ("overtime", "touchdown"), which, with a score, make a story a sports story. */
    private static final Set<String> GAME_WORDS = Set.of("goal", "goals", "touchdown", "touchdowns", "inning",
            "innings", "overtime", "playoff", "playoffs", "coach", "quarterback", "homer", "rebounds", "assists",
            "saves", "shutout", "match", "matches", "wicket", "wickets", "tries", "halftime", "stumps");

    private static final Pattern GAME_SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

    /**
     * "the Knicks", "Bills coach Sean McDermott", "the Dallas Cowboys", "NY ISLANDERS": in a sports story (a score and
     * a game's words, or a results line), a North American club's nickname is the club, with the city the model
     * named or the known place written before it.
     */
    List<Found> nicknamedTeams(TaggedText t, List<Found> found) {
        if (!t.sportsStory()) {
            return found;
        }
        List<Found> clubs = new ArrayList<>();
        for (int i = 0; i < t.tokens.size(); i++) {
            int length = nicknameAt(t, i);
            if (length == 0) {
                continue;
            }
            int[] s = t.sentences.get(t.sentenceOf[i]);
            int from = i;
            int at = i;
            int end = i + length;
            Found before = found.stream().filter(f -> f.from >= s[0] && f.from < at && (f.to == at || f.to == end))
                    .findFirst().orElse(null);
            if (before != null) {
                from = before.from; // "Dallas" + "Cowboys", "Golden State" + "Warriors", "Baltimore Colts" whole
            } else {
                for (int run = t.runBefore(i, s[0]); run < i; run++) {
                    if (gazetteer.isPlace(t.join(run, i)) || i - run <= 2 && !t.capitals[t.sentenceOf[i]]
                            && t.word(run).length() > 1 && !commonWord(t.word(run)) && !commonWord(t.word(i - 1))) {
                        from = run; // "Baltimore Colts", "Dunmore Ravens": the known place or the unknown name before
                        break;
                    }
                }
            }
            clubs.add(new Found(from, i + length, EntityType.ORGANIZATION, CONFIDENT));
            i += length - 1;
        }
        return Found.replacing(found, clubs);
    }

    /** The length (1 or 2 words) of a capitalised club nickname at token {@code i}, or 0. */
    private static int nicknameAt(TaggedText t, int i) {
        if (!t.nameLike(i) && !Character.isDigit(t.word(i).charAt(0))) {
            return 0; // "49ers" opens with a digit
        }
        int end = t.sentences.get(t.sentenceOf[i])[1];
        if (i + 1 < end && t.nameLike(i + 1)
                && NICKNAMES.contains((t.word(i) + " " + t.word(i + 1)).toLowerCase(Locale.ROOT))) {
            return 2;
        }
        boolean nextIsName = i + 1 < end && t.nameLike(i + 1) && !t.capitals[t.sentenceOf[i]];
        return !nextIsName && NICKNAMES.contains(t.word(i).toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    /**
     * A sports story: a score ("30-24") with a game's words or a sports verb, or a results line ("BUFFALO 3 Ottawa
     * 3") with a game's words (markets have tables and "held", "down" too, but no goals, innings or saves).
     */
    static boolean sportsStory(TaggedText t) {
        boolean score = false;
        boolean verbs = false;
        boolean gameWords = false;
        for (int i = 0; i < t.tokens.size() && !(score && (verbs || gameWords)); i++) {
            String w = t.word(i);
            score |= !score && Character.isDigit(w.charAt(0)) && GAME_SCORE.matcher(w).matches();
            gameWords |= GAME_WORDS.contains(w);
            verbs |= SPORTS_VERBS.contains(w);
        }
        if (score) {
            return verbs || gameWords;
        }
        for (int k = 0; k < t.sentences.size() && gameWords; k++) {
            if (t.resultsSentence(t.sentences.get(k)[0])) {
                return true;
            }
        }
        return false;
    }

    /** A player's or a coach's role, which the club's name stands before: "Juventus striker", "Ferrari driver". */
    private static final Set<String> ROLES = Set.of("striker", "strikers", "midfielder", "midfielders", "defender",
            "defenders", "goalkeeper", "keeper", "forward", "winger", "playmaker", "coach", "manager", "quarterback",
            "pitcher", "outfielder", "shortstop", "catcher", "batsman", "bowler", "wicketkeeper", "spinner", "opener",
            "fly-half", "scrum-half", "flanker", "centre", "fullback", "full-back", "skipper", "driver", "rider",
            "teammate", "team-mate", "player", "players", "guard", "center", "linebacker", "receiver", "running");

    /**
     * "Juventus striker Alen Boksic", "Miami quarterback Dan Marino": the name before a player's role is his club, an
     * organisation, whatever the model made of it, unless it is a country (a national side: a place), a nationality
     * ("Italian striker") or a person's.
     */
    private List<Found> clubsBeforeRoles(TaggedText t, List<Found> found, Set<String> teams) {
        List<Found> out = new ArrayList<>(found);
        for (int r = 1; r < t.tokens.size(); r++) {
            if (!ROLES.contains(t.word(r)) || t.capitals[t.sentenceOf[r]] || t.titleCase[t.sentenceOf[r]]) {
                continue; // the role in lower case, as running copy writes it
            }
            int[] s = t.sentences.get(t.sentenceOf[r]);
            int from = t.runBefore(r, s[0]);
            while (from < r - 1 && (t.word(from).equals("The") || isNationalityNoun(t.word(from))
                    || EnglishLexicon.COMMON.equals(gazetteer.wordClass(t.word(from))))) {
                from++; // "Banned Uruguay striker": a word of the sentence, a nationality opens no club's name
            }
            int a = from;
            int b = r;
            boolean person = out.stream().anyMatch(f -> f.type == EntityType.PERSON && f.from < b && f.to > a);
            boolean crossing = out.stream().anyMatch(f -> f.from < b && f.to > a && (f.from < a || f.to > b));
            String name = t.join(a, b);
            String first = t.word(a);
            if (a == b || !t.nameLike(b - 1) || person || crossing || gazetteer.isCountry(name) || isNationalityNoun(name)
                    || gazetteer.isDemonym(name) || isMonth(first) || EnglishGazetteer.isTitle(first)
                    || NOT_SPEAKERS.contains(first.toLowerCase(Locale.ROOT))
                    || EnglishLexicon.COMMON.equals(gazetteer.wordClass(first))) {
                continue; // a city is a club here ("Miami quarterback"), a country a national side
            }
            out.removeIf(f -> f.from >= a && f.to <= b);
            out.add(new Found(a, b, EntityType.ORGANIZATION, CONFIDENT));
            teams.add(t.key(a, b));
        }
        out.sort((x, y) -> Integer.compare(x.from, y.from));
        return out;
    }

    /**
     * "Juventus beat Parma 2-1": around a sports verb in a sentence with a score, a capitalised name the model left
     * out on either side is a team (a country stays a place: national teams are annotated so); with set scores
     * ("Sampras beat Muster 6-3 6-4") a player.
     */
    private List<Found> matchSides(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        List<Found> out = new ArrayList<>(found);
        for (int v = 1; v < t.tokens.size(); v++) {
            String verb = t.word(v);
            if (!SPORTS_VERBS.contains(verb) || t.capitals[t.sentenceOf[v]] || t.titleCase[t.sentenceOf[v]]) {
                continue;
            }
            int[] s = t.sentences.get(t.sentenceOf[v]);
            int scores = 0;
            boolean sets = true; // "6-3 6-4": tennis sets, so the sides are players
            for (int k = v + 1; k < s[1]; k++) {
                if (t.word(k).indexOf('-') > 0 && SCORE.matcher(t.word(k)).matches()) {
                    scores++;
                    sets &= SET_SCORE.matcher(t.word(k)).matches();
                }
            }
            if (scores == 0) {
                continue;
            }
            EntityType type = scores >= 2 && sets ? EntityType.PERSON : EntityType.ORGANIZATION;
            int left = t.runBefore(v, s[0]);
            int right = afterSportsVerb(t, v, s[1]);
            int rightEnd = t.runAfter(right, s[1]);
            int[][] sides = {{left, v}, {right, rightEnd}};
            if (type == EntityType.ORGANIZATION) {
                // "Vardova beat Pelsham 2-1": across from a club, a one-word "person" the story names no more fully
                // is the other club (snooker's "Hendry beat Davis 5-3" loses here; football is far more common)
                for (int n = 0; n < 2; n++) {
                    int[] side = sides[n];
                    int[] other = sides[1 - n];
                    boolean clubOpposite = out.stream().anyMatch(f -> f.from == other[0] && f.to == other[1]
                            && f.type == EntityType.ORGANIZATION);
                    String k = side[1] - side[0] == 1 ? t.key(side[0], side[1]) : null;
                    boolean surname = k != null && out.stream().anyMatch(f -> f.type == EntityType.PERSON
                            && f.to - f.from > 1 && t.key(f.to - 1, f.to).equals(k));
                    if (clubOpposite && k != null && !surname && !gazetteer.isWorldFirstName(t.word(side[0]))) {
                        out.replaceAll(f -> f.from == side[0] && f.to == side[1] && f.type == EntityType.PERSON
                                ? new Found(f.from, f.to, EntityType.ORGANIZATION, BY_LAYOUT) : f);
                    }
                }
            }
            for (int[] side : sides) {
                if (type == EntityType.PERSON) {
                    // the model, seeing a score, may have made a player a club
                    out.replaceAll(f -> f.from == side[0] && f.to == side[1] && f.type == EntityType.ORGANIZATION
                            && !EnglishGazetteer.isOrgWord(t.word(f.to - 1)) ? f.typed(EntityType.PERSON) : f);
                }
                if (side[1] > side[0] && !anyCovered(covered, side[0], side[1]) && side[1] - side[0] <= 3
                        && companyName(t, side[0], side[1]) && !gazetteer.isWorldFirstName(t.word(side[0]))
                        && !(side[0] == s[0] && side[1] - side[0] == 1 && gazetteer.wordClass(t.word(side[0])) != null
                        && !EnglishLexicon.PROPER.equals(gazetteer.wordClass(t.word(side[0]))))) {
                    out.add(new Found(side[0], side[1], type, CONFIDENT));
                    Arrays.fill(covered, side[0], side[1], true);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** A fixtures line, "Seattle at Oakland": two names and "at" between them, nothing else. */
    private static boolean fixture(TaggedText t, Found f, List<Found> found) {
        int[] s = t.sentences.get(t.sentenceOf[f.from]);
        int last = s[1];
        while (last > s[0] && isPunctuation(t.word(last - 1))) {
            last--;
        }
        int end = last;
        if (f.from == s[0] && f.to < end && t.word(f.to).equals("at")) {
            int after = f.to + 1;
            return found.stream().anyMatch(x -> x.from == after && x.to == end);
        }
        if (f.to == end && f.from - 1 > s[0] && t.word(f.from - 1).equals("at")) {
            int before = f.from - 1;
            return found.stream().anyMatch(x -> x.from == s[0] && x.to == before);
        }
        return false;
    }

    /** The first word of clubs named after their town: "Real Madrid", "Olympique Marseille", "Dynamo Kiev" (any case). */
    private static final Set<String> CLUB_PREFIXES = Set.of("real", "atletico", "sporting", "dynamo", "dinamo",
            "spartak", "olympique", "olympiakos", "olympiacos", "inter", "ac", "fc", "sc", "lokomotiv", "torpedo",
            "racing", "sparta", "slavia", "legia", "steaua", "rapid", "hapoel", "maccabi", "beitar", "partizan",
            "hajduk", "cska", "zenit", "athletic", "deportivo", "standard", "borussia", "eintracht", "hertha", "werder",
            "hansa", "fortuna", "arminia", "bayer", "bayern", "vfb", "vfl", "tsv", "grasshoppers", "sturm", "union",
            // and the initials clubs go by before their town: "PSV Eindhoven", "AZ Alkmaar", "IFK Gothenburg"
            "psv", "az", "nac", "rkc", "nec", "mvv", "vvv", "ifk", "aik", "aek", "paok", "ofi", "hjk", "ofk", "nk",
            "fk", "sk", "bk");

    /**
     * A club's word or initials before a known place are a club named after its town: "Olympique Marseille",
     * "Dynamo Kiev", "REAL MADRID", "PSV Eindhoven", whether the model named the whole, took it for the place, named
     * the place or the initials alone or nothing.
     */
    List<Found> clubsByPlace(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < t.tokens.size(); i++) {
            if (!t.nameLike(i) || !CLUB_PREFIXES.contains(t.word(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int to = Math.min(i + 3, t.sentences.get(t.sentenceOf[i])[1]); to > i + 1; to--) {
                int from = i;
                int end = to;
                if (t.nameLike(to - 1) && gazetteer.isPlace(t.join(i + 1, to)) && !gazetteer.isPlace(t.join(i, to))
                        && out.stream().noneMatch(f -> f.from < end && f.to > from && (f.from < from || f.to > end))) {
                    out.removeIf(f -> f.from >= from && f.to <= end);
                    out.add(new Found(from, to, EntityType.ORGANIZATION, CONFIDENT));
                    i = to - 1;
                    break;
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.from, y.from));
        return out;
    }

    /**
     * Results tables ("Dunmore Rovers 2 Kessington 1", "Derbyshire 312 and 99-2"): a score is no part of a name,
     * and a capitalised name the model left out right before a score is a team (a person when it opens with a
     * known first name, a place when it is a country: national teams).
     */
    List<Found> resultsTables(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (!t.resultsSentence(f.from)) {
                out.add(f);
                continue;
            }
            // "NEW YORK 6 Oakland": two teams and a score read as one name; the numbers part them
            int from = f.from;
            for (int k = f.from; k <= f.to; k++) {
                if (k == f.to || EnglishFeatureGenerator.isNumber(t.word(k))) {
                    if (k > from) {
                        out.add(from == f.from && k == f.to ? f : new Found(from, k, f.type, f.confidence));
                    }
                    from = k + 1;
                }
            }
        }
        teamNicknames(t, out);
        scorersInBrackets(t, out);
        // "65 Colin Montgomerie": a name after the round or rank that opens a line, opening with a first name, is a
        // player (a year opens sentences too: "1996 Ford models" is left alone)
        out.replaceAll(f -> f.type == EntityType.ORGANIZATION && f.to - f.from >= 2 && f.to - f.from <= 3 && f.from > 0
                && t.sentenceStart(f.from - 1) && SCORE.matcher(t.word(f.from - 1)).matches()
                && gazetteer.isFirstName(t.word(f.from)) && !EnglishGazetteer.isOrgWord(t.word(f.to - 1))
                ? f.typed(EntityType.PERSON) : f);
        boolean[] covered = t.covered(out);
        for (int i = 0; i < t.tokens.size(); i++) {
            if (covered[i] || !t.nameLike(i) || i > 0 && t.sentenceOf[i - 1] == t.sentenceOf[i] && t.nameLike(i - 1)) {
                continue;
            }
            int to = i;
            while (to < t.tokens.size() && to - i < 4 && !covered[to] && t.nameLike(to)
                    && t.sentenceOf[to] == t.sentenceOf[i]) {
                to++;
            }
            if (to >= t.tokens.size() || t.sentenceOf[to] != t.sentenceOf[i] || t.capitals[t.sentenceOf[i]]) {
                continue; // in capitals every word looks like a name
            }
            if (to - i >= 2 && to - i <= 3 && countryInBrackets(t, to, t.tokens.size()) >= 0
                    && !EnglishGazetteer.isOrgWord(t.word(to - 1)) && !gazetteer.isPlace(t.join(i, to))) {
                // "Lars Brandvold ( Norway ) 6-4": an athlete and the country he plays for
                out.add(new Found(i, to, EntityType.PERSON, CONFIDENT));
                Arrays.fill(covered, i, to, true);
                continue;
            }
            boolean scorer = i > 0 && t.word(i - 1).equals("(") && ORDINAL.matcher(t.word(to)).matches();
            if (!SCORE.matcher(t.word(to)).matches() && !scorer || !t.resultsSentence(i) || isMonth(t.word(to - 1))
                    || to - i > 1 && PREPOSITIONS.contains(t.word(i).toLowerCase(Locale.ROOT))) {
                continue; // "On March 29 , 2017": a date, no team
            }
            String name = t.join(i, to);
            boolean person = to - i > 1 && (gazetteer.isFirstName(t.word(i)) || isInitial(t.word(i)))
                    || insideBrackets(t, i) // a batsman's or scorer's score: "( G. Thorpe 71 , Hussain 40 )"
                    || setScores(t, to) >= 2; // "Sampras beat Ivanisevic 6-3 6-4": tennis sets
            EntityType type = gazetteer.isCountry(name) ? EntityType.LOCATION
                    : person ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (to - i == 1 && (NOT_ORGANISATIONS.contains(t.word(i).toUpperCase(Locale.ROOT)) || isMonth(t.word(i))
                    || EnglishGazetteer.isTitle(t.word(i)) || NOT_SPEAKERS.contains(t.word(i).toLowerCase(Locale.ROOT)))) {
                continue; // "May 3", "Attendance 20,000"-like words are no teams
            }
            out.add(new Found(i, to, type, CONFIDENT)); // so the same name in running text is named too
            Arrays.fill(covered, i, to, true);
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        pairedTeams(t, out);
        standingsRows(t, out);
        return out;
    }

    /**
     * "Valencia 13 6 1 6 22 20 19": a one-word name opening a line of four numbers or more (a standings table's
     * row) is a team, a country's name a national team (a place), whatever the model made of it; longer names
     * keep the model's type, as golfers' and bowlers' rows are people ("Tom Lehman 69 70 71 68").
     */
    private void standingsRows(TaggedText t, List<Found> found) {
        found.replaceAll(f -> {
            int[] s = t.sentences.get(t.sentenceOf[f.from]);
            boolean opensLine = f.from == s[0] || f.from == s[0] + 1 && SCORE.matcher(t.word(s[0]).replace(".", "")).matches();
            if (f.to - f.from != 1 || !opensLine) {
                return f; // one word opening the line, maybe after its rank ("3. Valencia")
            }
            int numbers = 0;
            for (int i = f.to; i < s[1]; i++) {
                if (EnglishFeatureGenerator.isNumber(t.word(i))) {
                    numbers++;
                } else if (!isPunctuation(t.word(i))) {
                    return f;
                }
            }
            EntityType type = gazetteer.isCountry(t.join(f.from, f.to)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
            return numbers >= 4 ? new Found(f.from, f.to, type, BY_LAYOUT) : f;
        });
    }

    /**
     * "New York Yankees 72 54", "Baltimore Orioles 68": in a results line, a city the model named and capitalised
     * words after it before the figures are one team, the club's nickname included.
     */
    private void teamNicknames(TaggedText t, List<Found> found) {
        boolean[] covered = t.covered(found);
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            int to = f.to;
            while (to < t.tokens.size() && to - f.to < 2 && !covered[to] && t.nameLike(to)
                    && t.sentenceOf[to] == t.sentenceOf[f.from]) {
                to++;
            }
            if (f.type == EntityType.LOCATION && to > f.to && to < t.tokens.size() && !t.capitals[t.sentenceOf[f.from]]
                    && SCORE.matcher(t.word(to)).matches() && t.sentenceOf[to] == t.sentenceOf[f.from]
                    && !gazetteer.isCountry(t.join(f.from, f.to))) {
                found.set(n, new Found(f.from, to, EntityType.ORGANIZATION, BY_LAYOUT));
            }
        }
    }

    /**
     * "( Luc Nilis 34th )", "( N. Hussain 88 )", "( Kluivert 24 , Litmanen 56 )": a name in brackets in a results
     * line, with a minute or a score after it, is a scorer or a batsman, whatever club-like type the model gave it.
     */
    private void scorersInBrackets(TaggedText t, List<Found> found) {
        found.replaceAll(f -> f.type == EntityType.ORGANIZATION && insideBrackets(t, f.from) && f.to < t.tokens.size()
                && (SCORE.matcher(t.word(f.to)).matches() || ORDINAL.matcher(t.word(f.to)).matches())
                && !EnglishGazetteer.isOrgWord(t.word(f.to - 1)) && !gazetteer.isPlace(t.join(f.from, f.to))
                ? new Found(f.from, f.to, EntityType.PERSON, BY_LAYOUT) : f);
    }

    /**
     * A scoreline, "PSV Eindhoven 1 ( Luc Nilis 34th ) Volendam 1": when one side is a team, a name the model took
     * for a person on the other side of the score is the other team, unless it opens with a first name or an
     * initial (scorers and batsmen stand in brackets, and players outside them in such lines are rarer than clubs). The layout outvotes what the model made of
     * the same name in running text ("held to a draw by Volendam").
     */
    private void pairedTeams(TaggedText t, List<Found> found) {
        Set<Integer> teamLines = new HashSet<>();
        for (Found f : found) {
            if (f.type == EntityType.ORGANIZATION && beforeScore(t, f)) {
                teamLines.add(t.sentenceOf[f.from]);
            }
        }
        found.replaceAll(f -> teamLines.contains(t.sentenceOf[f.from]) && beforeScore(t, f)
                && (f.type == EntityType.ORGANIZATION || f.type == EntityType.PERSON
                    && !gazetteer.isFirstName(t.word(f.from)) && !isInitial(t.word(f.from))) // "Vitesse Arnhem 0"
                ? new Found(f.from, f.to, EntityType.ORGANIZATION, BY_LAYOUT) : f);
    }

    /** Token {@code i} stands inside brackets opened earlier in its sentence. */
    private static boolean insideBrackets(TaggedText t, int i) {
        int from = t.sentences.get(t.sentenceOf[i])[0];
        for (int k = i - 1; k >= from; k--) {
            if (t.word(k).equals(")")) {
                return false;
            }
            if (t.word(k).equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** How many tennis set scores ("6-3", "7-6") run from token {@code i}. */
    private static int setScores(TaggedText t, int i) {
        int n = 0;
        while (i + n < t.tokens.size() && SET_SCORE.matcher(t.word(i + n)).matches()) {
            n++;
        }
        return n;
    }

    /** A name outside brackets with a score right after it, in a results line. */
    private static boolean beforeScore(TaggedText t, Found f) {
        return f.to < t.tokens.size() && t.sentenceOf[f.to] == t.sentenceOf[f.from] && SCORE.matcher(t.word(f.to)).matches()
                && setScores(t, f.to) < 2
                && !insideBrackets(t, f.from) && t.resultsSentence(f.from);
    }

    /**
     * A two-word name of plain words with a country after it, "Lars Brandvold of Norway" or "Lars Brandvold
     * ( Norway )", is a person and the country they stand for, not one organisation as "Bank of Greece" is: the
     * model, having learnt "X of Y" organisations, takes sportspeople of wire copy for them.
     */
    List<Found> athletes(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int of = f.from + 2;
            boolean plainPair = f.to - f.from >= 2 && plainWord(t, f.from) && plainWord(t, f.from + 1)
                    && !gazetteer.isPlace(t.join(f.from, f.from + 2));
            if (plainPair && f.to > of + 1 && t.word(of).equals("of") && gazetteer.isCountry(t.join(of + 1, f.to))) {
                out.add(new Found(f.from, of, EntityType.PERSON, f.confidence));
                out.add(new Found(of + 1, f.to, EntityType.LOCATION, f.confidence));
            } else if (plainPair && f.to == of && f.type != EntityType.PERSON
                    && countryInBrackets(t, f.to, t.tokens.size()) >= 0) {
                out.add(f.typed(EntityType.PERSON));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A title-case word that is no title, organisation or state word (a place's name it may be: "Mori"): a person's
     * name could be it.
     */
    private boolean plainWord(TaggedText t, int i) {
        String w = t.word(i);
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && w.codePoints().skip(1).allMatch(Character::isLowerCase)
                && !EnglishGazetteer.isTitle(w) && !EnglishGazetteer.isOrgWord(w) && !gazetteer.isCountry(w)
                && !gazetteer.isDemonym(w) && !STATE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && (gazetteer.nameType(w) == null || gazetteer.nameType(w) == EntityType.PERSON);
    }

    private static boolean resultsLine(TaggedText t, Found f) {
        if (f.to >= t.tokens.size() || !EnglishFeatureGenerator.isNumber(t.word(f.to))
                || t.sentenceOf[f.to] != t.sentenceOf[f.from]) {
            return false;
        }
        return t.resultsSentence(f.from);
    }

    private static boolean sportsVerbAround(TaggedText t, Found f, List<Found> found) {
        int[] s = t.sentences.get(t.sentenceOf[f.from]);
        boolean subject = f.to < s[1] && SPORTS_VERBS.contains(t.word(f.to).toLowerCase(Locale.ROOT))
                && startsName(found, afterSportsVerb(t, f.to, s[1]));
        if (subject) {
            return true;
        }
        // "Kessington drew with Bramford", "Ajax lost 2-1 to Feyenoord": the verb, a score and a preposition before us
        int verb = f.from - 1;
        for (int skipped = 0; verb > s[0] && skipped < 2 && isSportsLink(t.word(verb)); skipped++) {
            verb--;
        }
        return verb > s[0] && SPORTS_VERBS.contains(t.word(verb).toLowerCase(Locale.ROOT)) && endsName(found, verb)
                && afterSportsVerb(t, verb, s[1]) == f.from;
    }

    /** The token after a sports verb at {@code verb} once a score and a preposition ("2-1 to") are passed. */
    private static int afterSportsVerb(TaggedText t, int verb, int end) {
        int i = verb + 1;
        for (int skipped = 0; i < end && skipped < 2 && isSportsLink(t.word(i)); skipped++) {
            i++;
        }
        return i;
    }

    /** What may stand between a sports verb and the other team: a score, "to", "with", "against", "over", "by". */
    private static boolean isSportsLink(String word) {
        return SCORE.matcher(word).matches() || SPORTS_LINKS.contains(word);
    }

    private static boolean startsName(List<Found> found, int token) {
        return found.stream().anyMatch(x -> x.from == token && x.type != EntityType.PERSON);
    }

    private static boolean endsName(List<Found> found, int token) {
        return found.stream().anyMatch(x -> x.to == token && x.type != EntityType.PERSON);
    }
}
