package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newsroom.nlp.en.Found.BY_LAYOUT;
import static io.newsroom.nlp.en.NewsWords.SCORE;
import static io.newsroom.nlp.en.NewsWords.isInitial;
import static io.newsroom.nlp.en.NewsWords.isMonth;

/**
 * The rows of sports scorecards, whose layout says who is who better than any word in them: a cricket batting
 * line ("M. Butcher c Healy b McGrath 14"), bowling figures ("McGrath 22-5-70-2"), "Did not bat :" lists and team
 * sheets ("M. Slater , R. Chee Quee , C. Richards"), rugby
 * and football scorers ("Try : Tait .", "Scorers : Valencia - Romario 22 , Claudio Lopez 58"), and a
 * classification row of a race or a meeting ("1. Michael Schumacher ( Germany ) Benetton 1:41:52.145": the rider
 * or driver, his country, his team). The model, which never saw such rows, takes bowlers for clubs and teams for
 * people; these types are read off the layout and outvote its guesses elsewhere in the story.
 */
final class ScorecardRules extends EnglishRules {

    ScorecardRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /** Overs, maidens, runs and wickets: "22-5-70-2", "9.4-0-66-1". */
    private static final Pattern BOWLING_FIGURES = Pattern.compile("\\d{1,2}(\\.\\d)?-\\d{1,2}-\\d{1,3}-\\d{1,2}");

    /** How a batsman was out, the word after his name on a batting line ("lbw", "c", "run out", "not out"). */
    private static final Set<String> DISMISSALS = Set.of("c", "b", "lbw", "st", "run", "not", "retired", "hit",
            "handled", "obstructing", "timed", "absent");

    /** The words of a batting line besides names and the runs: "c Healy b McGrath", "run out", "c and b Shami". */
    private static final Set<String> BATTING_WORDS = Set.of("c", "b", "lbw", "st", "run", "out", "not", "retired",
            "hurt", "hit", "wicket", "and", "&", "handled", "ball", "obstructing", "field", "timed", "absent", "(", ")");

    /** The fielder, wicketkeeper or bowler named after these on a batting line. */
    private static final Set<String> FIELDERS = Set.of("c", "b", "st");

    /** Lower-case words inside a surname ("de Silva", "van der Merwe", "dos Santos"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "du", "van", "von", "der",
            "den", "la", "le", "al", "bin", "ul", "el", "ter");

    /** Headings of a line that lists players: rugby's scorers, cricket's batsmen who did not bat. */
    private static final Set<String> PLAYER_HEADINGS = Set.of("try", "tries", "conversion", "conversions",
            "penalty", "penalties", "goal", "goals", "drop-goal", "drop-goals", "bat", "scorer", "scorers",
            "goalscorer", "goalscorers", "cons", "pens", "sent-off", "booked");

    /** What follows a rider's or a runner's row: a time or a gap ("3:54.80", "+1.872", "at 0:40", "same time"). */
    private static final Set<String> GAP_WORDS = Set.of("at", "+", "same", "one", "two", "three", "s.t.", "st",
            "lap", "laps", "dnf", "retired", "time");

    /**
     * Names read off scorecard rows: batting lines, bowling figures, player lists and classification rows (see
     * the class comment). A name found here replaces whatever mention the model made of those words.
     */
    List<Found> scorecards(TaggedText t, List<Found> found) {
        List<Found> names = new ArrayList<>();
        for (int k = 0; k < t.sentences.size(); k++) {
            int[] s = t.sentences.get(k);
            battingLine(t, s[0], s[1], names);
            playerList(t, s[0], s[1], names);
            classificationRows(t, s[0], s[1], names);
            teamSheet(t, s[0], s[1], names);
        }
        if (t.sportsStory()) {
            sidesOfAMatch(t, found, names);
        }
        for (int i = 0; i < t.tokens.size(); i++) {
            if (Character.isDigit(t.word(i).charAt(0)) && BOWLING_FIGURES.matcher(t.word(i)).matches()) {
                int from = nameStart(t, i);
                if (from < i) {
                    names.add(new Found(from, i, EntityType.PERSON, BY_LAYOUT));
                }
            }
        }
        return Found.replacing(found, names);
    }

    /** "v", "vs": between the two sides of a fixture ("Western Australia v New South Wales", "ENGLAND V PAKISTAN"). */
    private static final Set<String> VERSUS = Set.of("v", "v.", "vs", "vs.", "V", "VS");

    /**
     * In a sports story, the sides of a fixture ("WESTERN AUSTRALIA V NEW SOUTH WALES", "Surrey v Kent") and a side
     * before its innings ("Western Australia first innings") are teams: a club, or a country's side (a place), as
     * states and counties play cricket under their own names.
     */
    private void sidesOfAMatch(TaggedText t, List<Found> found, List<Found> names) {
        for (int i = 1; i + 1 < t.tokens.size(); i++) {
            String w = t.word(i);
            boolean versus = VERSUS.contains(w) && t.sentenceOf[i - 1] == t.sentenceOf[i]
                    && t.sentenceOf[i + 1] == t.sentenceOf[i] && (w.length() > 1 || t.capitals[t.sentenceOf[i]]
                    || Character.isLowerCase(w.charAt(0)));
            boolean innings = (w.equals("innings") || w.equals("INNINGS")) && i >= 2
                    && Set.of("first", "second", "FIRST", "SECOND").contains(t.word(i - 1));
            int at = i;
            if (versus) {
                found.stream().filter(f -> f.to == at && f.to - f.from <= 4).findFirst().ifPresent(f -> names.add(side(t, f)));
                found.stream().filter(f -> f.from == at + 1 && f.to - f.from <= 4).findFirst().ifPresent(f -> names.add(side(t, f)));
            } else if (innings) {
                int end = i - 1;
                found.stream().filter(f -> f.to == end && f.to - f.from <= 4).findFirst().ifPresent(f -> names.add(side(t, f)));
            }
        }
    }

    /** A side of a match: a country's is a place (its national team), any other a club. */
    private Found side(TaggedText t, Found f) {
        EntityType type = gazetteer.isCountry(t.join(f.from, f.to)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
        return new Found(f.from, f.to, type, BY_LAYOUT);
    }

    /**
     * "M. Butcher c Healy b McGrath 14", "N. Hussain not out 118", "P. Cummins c and b Shami 8": a line that opens
     * with a name, goes on with how the batsman was out and ends with his runs names the batsman, the catcher and
     * the bowler.
     */
    private void battingLine(TaggedText t, int from, int to, List<Found> names) {
        int batsman = nameEnd(t, from, to);
        if (batsman == from || batsman >= to || !DISMISSALS.contains(t.word(batsman))
                || !SCORE.matcher(t.word(to - 1)).matches() || to - from > 14) {
            return;
        }
        for (int i = batsman; i < to - 1; i++) {
            String w = t.word(i);
            if (!t.nameLike(i) && !isInitial(w) && !PARTICLES.contains(w) && !BATTING_WORDS.contains(w)) {
                return; // "Can not wait for … 3": a line of a batting card has no other words
            }
        }
        names.add(new Found(from, batsman, EntityType.PERSON, BY_LAYOUT));
        for (int i = batsman; i < to - 1; i++) {
            if (FIELDERS.contains(t.word(i))) {
                int end = nameEnd(t, i + 1, to);
                if (end > i + 1) {
                    names.add(new Found(i + 1, end, EntityType.PERSON, BY_LAYOUT));
                    i = end - 1;
                }
            }
        }
    }

    /**
     * "Did not bat : A. Zampa , J. Hazlewood", "Try : Tait .", "Penalties : Elwood 4 .", "Scorers : Valencia -
     * Romario 22 , Claudio Lopez 58 ; Brondby - Ebbe Sand 63": after a heading that lists players, each name is a
     * player, but a name before a dash, which is the team they scored for (a club, or a country's side: a place).
     */
    private void playerList(TaggedText t, int from, int to, List<Found> names) {
        int colon = -1;
        for (int i = from; i < to && i < from + 5; i++) {
            if (t.word(i).equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon <= from || !PLAYER_HEADINGS.contains(t.word(colon - 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int i = colon + 1; i < to; i++) {
            if (!t.nameLike(i) && !isInitial(t.word(i))) {
                continue;
            }
            int end = nameEnd(t, i, to);
            if (end == i) {
                continue;
            }
            String next = end < to ? t.word(end) : ".";
            if (next.equals("-")) {
                String team = t.join(i, end);
                names.add(new Found(i, end, gazetteer.isCountry(team) ? EntityType.LOCATION : EntityType.ORGANIZATION,
                        BY_LAYOUT));
            } else if (Set.of(",", ".", ";", "(", "and").contains(next) || SCORE.matcher(next).matches()) {
                if (!isMonth(t.word(i)) && !NewsWords.NOT_ORGANISATIONS.contains(t.word(i))) {
                    names.add(new Found(i, end, EntityType.PERSON, BY_LAYOUT));
                }
            }
            i = end - 1;
        }
    }

    /**
     * "New South Wales : M. Slater , R. Chee Quee , C. Richards , M. Bevan": a line listing three players or more by
     * an initial and a surname names a player in each item.
     */
    private void teamSheet(TaggedText t, int from, int to, List<Found> names) {
        List<Found> players = new ArrayList<>();
        for (int i = from; i < to; i++) {
            boolean itemStart = i == from || t.word(i - 1).equals(",") || t.word(i - 1).equals(":")
                    || t.word(i - 1).equals("and");
            if (itemStart && isInitial(t.word(i)) && i + 1 < to && t.nameLike(i + 1)) {
                int end = nameEnd(t, i, to);
                if (end == to || t.word(end).equals(",") || t.word(end).equals("and") || t.word(end).equals(".")
                        || t.word(end).equals("(")) {
                    players.add(new Found(i, end, EntityType.PERSON, BY_LAYOUT));
                }
                i = end - 1;
            }
        }
        if (players.size() >= 3) {
            names.addAll(players);
        }
    }

    /**
     * "1. Michael Schumacher ( Germany ) Benetton 1:41:52.145", "7. Esteban Ocon ( France ) Alpine +1:03.201", "2.
     * Laura Muir ( Britain ) 3:58.02", "1 - Iga Swiatek ( Poland ) beat …": a name before a country in brackets is
     * the athlete, and capitalised words between the brackets and a time or a gap are the team. A line where a score
     * follows the brackets and another name comes after it ("Lazio ( Italy ) 1 Tenerife ( Spain ) 0") is a match
     * between clubs: each name before its country is a club.
     */
    private void classificationRows(TaggedText t, int from, int to, List<Found> names) {
        boolean clubs = false;
        for (int i = from; i < to; i++) {
            int close = countryInBrackets(t, i, to);
            if (close > 0 && close + 2 < to && SCORE.matcher(t.word(close + 1)).matches() && t.nameLike(close + 2)) {
                clubs = true;
            }
        }
        for (int i = from + 1; i < to; i++) {
            int close = countryInBrackets(t, i, to);
            if (close < 0) {
                continue;
            }
            int start = nameStart(t, i);
            if (start == i || start > from && t.nameLike(start - 1)) {
                continue;
            }
            String name = t.join(start, i);
            if (EnglishGazetteer.isOrgWord(t.word(i - 1)) || gazetteer.isCountry(name)) {
                continue;
            }
            if (clubs) {
                names.add(new Found(start, i, EntityType.ORGANIZATION, BY_LAYOUT));
                continue;
            }
            if (gazetteer.isPlace(name) && !gazetteer.isFirstName(t.word(start))) {
                continue; // "In Monaco : Monaco ( France )": a club, which other rules name
            }
            names.add(new Found(start, i, EntityType.PERSON, BY_LAYOUT));
            int teamEnd = close + 1;
            while (teamEnd < to && teamEnd - close <= 4 && t.nameLike(teamEnd)) {
                teamEnd++;
            }
            if (teamEnd > close + 1 && (teamEnd == to || gapFollows(t, teamEnd, to))) {
                names.add(new Found(close + 1, teamEnd, EntityType.ORGANIZATION, BY_LAYOUT));
            }
        }
    }

    /** A time, a gap or the end of a row at token {@code i}: "1:41:52.145", "+1.872", "at 0:40", "same time". */
    private static boolean gapFollows(TaggedText t, int i, int to) {
        String w = t.word(i).toLowerCase(Locale.ROOT);
        return EnglishFeatureGenerator.isNumber(w) || GAP_WORDS.contains(w) || w.equals(",") || i + 1 < to
                && t.word(i + 1).equals(":") && Character.isDigit(w.charAt(0));
    }

    /** Where a person's or a team's name (initials, capitalised words, surname particles) from {@code from} ends. */
    private static int nameEnd(TaggedText t, int from, int to) {
        int end = from;
        while (end < to && end - from < 4 && (t.nameLike(end) || isInitial(t.word(end))
                || PARTICLES.contains(t.word(end)) && end + 1 < to && t.nameLike(end + 1))) {
            end++;
        }
        return end;
    }

    /** Where the name of at most four words ending right before token {@code end} starts (end itself if none). */
    private static int nameStart(TaggedText t, int end) {
        int sentenceFrom = t.sentences.get(t.sentenceOf[end]) [0];
        int start = end;
        while (start > sentenceFrom && end - start < 4 && (t.nameLike(start - 1) || isInitial(t.word(start - 1))
                || PARTICLES.contains(t.word(start - 1)) && start < end)) {
            start--;
        }
        while (start < end && !t.nameLike(start) && !isInitial(t.word(start))) {
            start++;
        }
        return start;
    }
}
