package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newsroom.nlp.en.NewsWords.WEEKDAYS;
import static io.newsroom.nlp.en.NewsWords.isMonth;

/**
 * Wire copy's layout: a dateline names its place ("BEIJING 1996-11-02", "LONDON ( Reuters ) -"), a headline's
 * topic slug ("RUGBY UNION -") names nothing.
 */
final class LayoutRules extends EnglishRules {

    LayoutRules(EnglishGazetteer gazetteer) {
        super(gazetteer);
    }

    /** A date as datelines write it: "1996-11-02", "02/11/1996". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}([-/.])\\d{1,2}\\1\\d{1,4}");

    /**
     * A scoreboard's venue line, "AT BOSTON" or "At Green Bay", names the place the game was played: the words after
     * "AT" are a place when the gazetteer knows them, whatever the model made of the line ("AT NEW YORK" as one
     * organisation). Its type holds against the club of the same name ({@link TaggedText#venue}).
     */
    List<Found> venueLines(TaggedText t, List<Found> found) {
        List<Found> venues = new ArrayList<>();
        for (int[] s : t.sentences) {
            if (s[1] - s[0] >= 2 && t.word(s[0]).equalsIgnoreCase("at") && t.venue(s[0] + 1, s[1])
                    && gazetteer.isPlace(t.join(s[0] + 1, s[1]))) {
                venues.add(new Found(s[0] + 1, s[1], EntityType.LOCATION, Found.BY_LAYOUT));
            }
        }
        return Found.replacing(found, venues);
    }

    /**
     * Wire datelines: a line that opens with a place in capitals, then a date or the agency ("BEIJING 1996-11-02",
     * "NEW DELHI , Nov 2", "LONDON ( Reuters ) -", "AL-AIN , United Arab Emirates 1996-12-06"), names that place,
     * whatever the model made of a word in capitals with nothing around it.
     */
    List<Found> datelines(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int k = 0; k < t.sentences.size(); k++) {
            int[] s = t.sentences.get(k);
            if (t.capitals[k]) {
                continue; // a headline in capitals, not a dateline before mixed-case copy
            }
            int place = s[0];
            while (place < s[1] && place - s[0] < EnglishGazetteer.MAX_PLACE_TOKENS && isCapitalsWord(t.word(place))) {
                place++;
            }
            if (place == s[0] || place >= s[1]) {
                continue;
            }
            int next = place;
            int region = -1; // "AL-AIN , United Arab Emirates 1996-12-06": the region is a place too
            if (t.word(next).equals(",")) {
                next++;
                int r = next;
                while (next < s[1] && next - r < EnglishGazetteer.MAX_PLACE_TOKENS && t.nameLike(next)
                        && !isMonth(t.word(next))) {
                    next++;
                }
                if (next > r && (next == s[1] || !t.word(next).equals(","))) {
                    region = r;
                } else {
                    next = r;
                }
            }
            boolean dashed = next + 1 < s[1] && t.word(next).equals("-") && gazetteer.isPlace(t.join(s[0], place));
            if (!datelineEnd(t, next, s[1]) && !dashed || WEEKDAYS.contains(t.word(s[0]).toLowerCase(Locale.ROOT))) {
                continue; // "GENEVA - WTO council meets" in a diary; "MONDAY , NOVEMBER 18" heads its day
            }
            int from = s[0];
            int to = place;
            out.removeIf(f -> f.from < to && f.to > from);
            out.add(new Found(from, to, EntityType.LOCATION, 1));
            Arrays.fill(t.dateline, from, to, true);
            if (region >= 0) {
                int regionFrom = region;
                int regionTo = next;
                out.removeIf(f -> f.from < regionTo && f.to > regionFrom);
                out.add(new Found(regionFrom, regionTo, EntityType.LOCATION, 1));
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * A press digest ("PRESS DIGEST - Poland - Nov 18") lists what newspapers report under each paper's name, a line
     * of its own in capitals ("GAZETA WYBORCZA", "RZECZPOSPOLITA"): such a line is the newspaper, an organisation,
     * whatever the model made of it.
     */
    List<Found> pressDigests(TaggedText t, List<Found> found) {
        boolean digest = false;
        for (int k = 0; k < Math.min(3, t.sentences.size()) && !digest; k++) {
            int[] s = t.sentences.get(k);
            for (int i = s[0]; i + 1 < s[1]; i++) {
                digest |= t.word(i).equalsIgnoreCase("press") && t.word(i + 1).equalsIgnoreCase("digest");
            }
        }
        if (!digest) {
            return found;
        }
        List<Found> papers = new ArrayList<>();
        for (int k = 1; k < t.sentences.size(); k++) {
            int[] s = t.sentences.get(k);
            boolean paper = s[1] - s[0] <= 4 && !t.dateline[s[0]];
            for (int i = s[0]; i < s[1] && paper; i++) {
                String w = t.word(i);
                paper = w.length() > 1 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'')
                        && !isMonth(w);
            }
            if (paper) {
                papers.add(new Found(s[0], s[1], EntityType.ORGANIZATION, Found.BY_LAYOUT));
            }
        }
        return Found.replacing(found, papers);
    }

    /** The first words of a wire story's credit line: "( Reporting by … ; Editing by … )". */
    private static final Set<String> CREDITS = Set.of("reporting", "writing", "editing",
            "additional", "compiled", "produced", "graphics", "photos");

    /**
     * A wire story's credit line, "( Reporting by Mykola Savchuk in Kyiv and Anna Dorn in Moscow ; Editing by Peter
     * Gallant )", names its journalists after "by", "and" and commas, and the places they filed from after "in".
     */
    List<Found> creditLines(TaggedText t, List<Found> found) {
        List<Found> names = new ArrayList<>();
        for (int[] s : t.sentences) {
            if (s[1] - s[0] < 4 || !t.word(s[0]).equals("(")
                    || !CREDITS.contains(t.word(s[0] + 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            EntityType next = null;
            for (int i = s[0] + 1; i < s[1]; i++) {
                String w = t.word(i);
                if (w.equals("by") || w.equals("and") || w.equals(",")) {
                    next = w.equals("by") || next != null ? EntityType.PERSON : null;
                } else if (w.equals("in")) {
                    next = EntityType.LOCATION;
                } else if (w.equals(";") || w.equals(")")) {
                    next = null;
                } else if (next != null && t.nameLike(i)) {
                    int to = i;
                    while (to < s[1] && to - i < 4 && (t.nameLike(to) || NewsWords.isInitial(t.word(to)))) {
                        to++;
                    }
                    names.add(new Found(i, to, next, Found.BY_LAYOUT));
                    i = to - 1;
                }
            }
        }
        return Found.replacing(found, names);
    }

    /**
     * A wire headline's slug, the topic before its dash ("SOCCER -", "RUGBY UNION -", "TENNIS -"), names nothing:
     * in a line in capitals, words before a dash in its first four tokens that are all common dictionary words
     * lose any mention the model gave them (it took "RUGBY UNION" for an organisation); a slug that opens with a
     * name keeps the name only ("NFL AMERICAN FOOTBALL -": "NFL"); a mention across the dash is parted there
     * ("RUGBY UNION - ENGLISH CLUB": nothing is left of it).
     */
    List<Found> headlineSlugs(TaggedText t, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int k = 0; k < t.sentences.size(); k++) {
            int[] s = t.sentences.get(k);
            if (!t.capitals[k]) {
                continue;
            }
            for (int dash = s[0] + 1; dash < s[1] && dash <= s[0] + 3; dash++) {
                if (t.word(dash).equals("-")) {
                    boolean common = true;
                    for (int i = s[0]; i < dash && common; i++) {
                        common = commonWord(t.word(i));
                    }
                    int end = dash;
                    if (common) {
                        // "RUGBY UNION - ENGLISH CLUB": a mention across the slug's dash keeps what follows it
                        List<Found> crossing = new ArrayList<>();
                        out.removeIf(f -> f.from < end && f.to > end + 1 && crossing.add(f));
                        for (Found f : crossing) {
                            Found after = afterSlug(t, new Found(end + 1, f.to, f.type, f.confidence));
                            if (after != null) {
                                out.add(after);
                            }
                        }
                        out.removeIf(f -> f.from >= s[0] && f.to <= end);
                    } else {
                        out.replaceAll(f -> f.from >= s[0] && f.to <= end ? slugName(t, f) : f);
                    }
                    break;
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.from, y.from));
        return out;
    }

    /** The part of a mention after a slug's dash without its leading nationalities and common words, or null. */
    private Found afterSlug(TaggedText t, Found f) {
        int from = f.from;
        while (from < f.to && (isNationalityNoun(t.word(from)) || commonWord(t.word(from)))) {
            from++;
        }
        return from < f.to ? new Found(from, f.to, f.type, f.confidence) : null;
    }

    /** A mention in a slug up to its first common word or nationality ("NFL AMERICAN" → "NFL"). */
    private Found slugName(TaggedText t, Found f) {
        for (int i = f.from + 1; i < f.to; i++) {
            if (commonWord(t.word(i)) || isNationalityNoun(t.word(i))) {
                return new Found(f.from, i, f.type, f.confidence);
            }
        }
        return f;
    }

    /** What follows a dateline's place: a date ("1996-11-02", "Nov 2", "March 3") or an agency in brackets. */
    private static boolean datelineEnd(TaggedText t, int i, int end) {
        if (i >= end) {
            return false;
        }
        String w = t.word(i);
        if (w.equals(",") && i + 1 < end) {
            return datelineEnd(t, i + 1, end);
        }
        if (NUMERIC_DATE.matcher(w).matches()) {
            return true;
        }
        if (isMonth(w) && i + 1 < end && Character.isDigit(t.word(i + 1).codePointAt(0))) {
            return true;
        }
        return w.equals("(") && i + 2 < end && t.nameLike(i + 1) && t.word(i + 2).equals(")");
    }

    /** A word all in capitals, two letters or more ("BEIJING", "AL-AIN", "N'DJAMENA", "ST."). */
    private static boolean isCapitalsWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return letters >= 2 && Character.isLetter(w.charAt(0));
    }
}
