package io.newsroom.nlp.quotes;

import io.newsroom.events.EnrichedArticle.Speaker;
import io.newsroom.nlp.quotes.Referents.Gender;
import io.newsroom.nlp.quotes.Referents.Person;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds the verb of saying next to a quote and the speaker it introduces, and resolves that speaker to a person.
 *
 * <p>The speaker phrase is the subject before the verb ("Путин отметил:", "the mayor said") or, when there is
 * none, the words after it ("– сказал российский лидер, обращаясь к Лукашенко", "said Lopez"). It becomes:
 * <ol>
 *   <li>the person (or organisation) named inside it, if any;</li>
 *   <li>for "он"/"она"/"he"/"she": the person most recently named as a subject, of a fitting gender;</li>
 *   <li>for a role ("российский лидер", "глава государства", "the president"): the person that description was
 *       bound to before, else the most recent subject who is not bound to a conflicting description, so that
 *       "белорусский президент" cannot be the man already resolved as "российский лидер";</li>
 *   <li>otherwise the capitalised words as written (a name the entity stage did not give us).</li>
 * </ol>
 * People the clause addresses ("обратился Путин к Лукашенко", "обращаясь к Лукашенко", "told Lopez") are never the
 * speaker.
 */
final class SpeakerFinder {

    /** Where a verb of saying (or "по словам" / "according to") sits: the cue, and the clause around it. */
    record CueSite(int cueFrom, int cueTo, int clauseFrom, int clauseTo, boolean phrase) {
    }

    /** A speaker phrase is short: a name, or a role with its nationality and complements. */
    private static final int MAX_PHRASE = 7;
    /** How many words a subject may stand before its verb ("Лукашенко в свою очередь сообщил"). */
    private static final int MAX_GAP = 8;

    private final TokenizedText text;
    private final SpeechLexicon lexicon;
    private final Referents referents;

    SpeakerFinder(TokenizedText text, SpeechLexicon lexicon, Referents referents) {
        this.text = text;
        this.lexicon = lexicon;
        this.referents = referents;
    }

    /** The first verb of saying in tokens [from, to) within the first {@code maxWords} words, or null. */
    CueSite cueIn(int from, int to, int maxWords) {
        int words = 0;
        for (int i = from; i < to && words < maxWords; i++) {
            if (!text.isWord(i)) {
                continue;
            }
            words++;
            CueSite site = cueAt(i, from, to);
            if (site != null) {
                return site;
            }
        }
        return null;
    }

    /** The last verb of saying (or attribution phrase) in tokens [from, to), or null. */
    CueSite lastCueIn(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            CueSite site = text.isWord(i) ? cueAt(i, from, to) : null;
            if (site != null) {
                return site;
            }
        }
        return null;
    }

    /** A cue starting at token i: a verb of saying, "по словам", "according to" or "as … put it". */
    CueSite cueAt(int i, int from, int to) {
        String w = text.lower(i);
        if (i + 1 < to && (w.equals("по") && text.lower(i + 1).equals("словам")
                || w.equals("according") && text.lower(i + 1).equals("to"))) {
            return new CueSite(i, i + 2, from, to, true);
        }
        // "as Lopez put it": the speaker is the subject before "put"
        if (lexicon.isCue(text.word(i)) || w.equals("put") && i + 1 < to && text.lower(i + 1).equals("it")) {
            return new CueSite(i, i + 1, from, to, false);
        }
        return null;
    }

    /** The cue word(s) as written. */
    String cueText(CueSite site) {
        return text.span(site.cueFrom(), site.cueTo());
    }

    /** The speaker a cue introduces, resolved; null when the clause names nobody. */
    Speaker speaker(CueSite site) {
        int[] phrase = site.phrase() ? forwardPhrase(site.cueTo(), site.clauseTo())
                : subjectBefore(site.cueFrom(), site.clauseFrom());
        if (phrase == null && !site.phrase()) {
            phrase = forwardPhrase(site.cueTo(), site.clauseTo());
        }
        if (phrase == null) {
            return null;
        }
        Gender gender = lexicon.isFeminineVerb(text.word(site.cueFrom())) ? Gender.FEMALE : Gender.UNKNOWN;
        return resolve(phrase[0], phrase[1], gender, addressees(site, phrase));
    }

    /** The subject phrase ending before the verb: skips a few words ("также", "в свою очередь"), not a clause end. */
    private int[] subjectBefore(int verb, int floor) {
        for (int i = verb - 1, gap = 0; i >= floor && gap <= MAX_GAP; i--, gap++) {
            if (text.isSentenceEnd(i) || text.is(i, ":;«»“”„\"") || text.isDash(i)) {
                return null;
            }
            if (isHead(i, true)) {
                int start = i;
                while (start - 1 >= floor && i - start < MAX_PHRASE && isPart(start - 1)) {
                    start--;
                }
                int end = i + 1;
                while (end < verb && isPart(end)) {
                    end++;
                }
                return new int[] {start, end};
            }
        }
        return null;
    }

    /**
     * The phrase right after a verb or "по словам": "российский лидер", "Путин", "журналистам министр финансов
     * Георгий Белов", "the mayor of Lagos". It stops at punctuation, a preposition ("к Лукашенко"), a verb or a
     * gerund ("обращаясь"), and ends on its last head or complement.
     */
    private int[] forwardPhrase(int from, int to) {
        if (from < to && text.isWord(from) && SpeechLexicon.isPronoun(text.lower(from))) {
            return new int[] {from, from + 1};
        }
        int end = from;
        int lastHead = -1;
        while (end < to && end - from < MAX_PHRASE && text.isWord(end) && !lexicon.endsPhrase(text.word(end))) {
            if (isHead(end, false) || lexicon.isRoleComplement(text.word(end)) && lastHead >= 0) {
                lastHead = end;
            }
            end++;
        }
        return lastHead >= 0 ? new int[] {from, lastHead + 1} : null;
    }

    /** A word that can be the head of a speaker phrase: a pronoun (before a verb), a role, or a name. */
    private boolean isHead(int i, boolean asSubject) {
        if (!text.isWord(i)) {
            return false;
        }
        String lower = text.lower(i);
        if (SpeechLexicon.isPronoun(lower)) {
            return asSubject;
        }
        return lexicon.role(text.word(i)) != null || isNameLike(i, asSubject);
    }

    /** A word that may stand in a speaker phrase around its head. */
    private boolean isPart(int i) {
        if (!text.isWord(i) || SpeechLexicon.isPronoun(text.lower(i))) {
            return false;
        }
        String w = text.word(i);
        return lexicon.role(w) != null || lexicon.isRoleComplement(w) || SpeechLexicon.nationality(w) != null
                || (lexicon.isAdjective(w) && !text.isCapitalised(i) && i + 1 < text.size()
                && lexicon.role(text.word(i + 1)) != null)
                || isNameLike(i, false);
    }

    /** Capitalised and not a function word; as a subject, also able to be in the nominative. */
    private boolean isNameLike(int i, boolean asSubject) {
        if (!text.isCapitalised(i)) {
            return false;
        }
        String w = text.word(i);
        if (!SpeechLexicon.isCyrillic(w)) {
            return !Set.of("the", "a", "an", "in", "on", "at", "but", "and", "this", "it", "as", "according",
                    "after", "before", "when", "while", "if", "so", "then", "there", "we", "i").contains(text.lower(i));
        }
        var readings = lexicon.analyze(w).readings();
        if (readings.isEmpty()) {
            return true;
        }
        boolean nominal = false;
        boolean nominative = false;
        for (var r : readings) {
            if (r.tag().startsWith("NN") || r.tag().startsWith("ADJ")) {
                nominal = true;
                nominative |= r.tag().contains(":Nom") || r.tag().equals("NN:Fam") || r.tag().equals("NN:Name");
            }
        }
        return nominal && (!asSubject || nominative);
    }

    /** People addressed in the clause: "к Лукашенко", "обращаясь к …", "told Lopez". */
    private Set<Person> addressees(CueSite site, int[] phrase) {
        Set<Person> out = new HashSet<>();
        for (int i = site.clauseFrom(); i + 1 < site.clauseTo(); i++) {
            String w = text.lower(i);
            boolean toward = w.equals("к") || w.equals("ко")
                    || (w.equals("told") || w.equals("asked")) && (i + 1 < phrase[0] || i > phrase[1]);
            if (toward) {
                Person p = referents.namedIn(i + 1, Math.min(i + 4, site.clauseTo()));
                if (p != null && referents.namedIn(phrase[0], phrase[1]) != p) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Resolves a speaker phrase at tokens [from, to) (see the class comment for the order of the rules). */
    Speaker resolve(int from, int to, Gender gender, Set<Person> addressees) {
        String description = description(from, to);
        Person named = referents.namedIn(from, to);
        if (named != null) {
            if (description != null) {
                referents.bind(description, named);
            }
            referents.addSubject(from, to, named);
            return new Speaker(named.name, named.entityId);
        }
        String written = text.span(from, to);
        if (to - from == 1 && SpeechLexicon.isPronoun(text.lower(from))) {
            String lower = text.lower(from);
            Person p = SpeechLexicon.isPluralPronoun(lower) ? null
                    : referents.recent(from, merge(gender, SpeechLexicon.pronounGender(lower)), addressees, null);
            return found(p, from, to, written);
        }
        if (description != null) {
            return found(referents.describe(description, from, gender, addressees), from, to, written);
        }
        int first = from;
        while (first < to && !text.isCapitalised(first)) {
            first++;
        }
        if (first == to) {
            return new Speaker(written, null);
        }
        Person p = referents.newPerson(first, to);
        return new Speaker(p.name, null);
    }

    private Speaker found(Person p, int from, int to, String written) {
        if (p == null) {
            return new Speaker(written, null);
        }
        referents.addSubject(from, to, p);
        return new Speaker(p.name, p.entityId);
    }

    private static Gender merge(Gender a, Gender b) {
        return a != Gender.UNKNOWN ? a : b;
    }

    /**
     * The description key of a role phrase: nationality and office, "RU:HEAD" for "российский лидер", "президент
     * России" and "глава российского государства"; ":mayor" for "the mayor". Null when no role word is in it.
     */
    String description(int from, int to) {
        String role = null;
        String nationality = "";
        for (int i = from; i < to; i++) {
            String w = text.word(i);
            String r = lexicon.role(w);
            if (r != null && role == null) {
                role = SpeechLexicon.roleClass(r);
                if ((r.equals("глава") || r.equals("председатель") || r.equals("head")) && i + 1 < to) {
                    String of = lexicon.isRoleComplement(text.word(i + 1)) ? text.lower(i + 1) : "";
                    if (of.startsWith("государств") || of.equals("state")) {
                        role = "HEAD";
                    } else if (of.startsWith("правительств") || of.equals("government")) {
                        role = "PREMIER";
                    }
                }
            }
            String n = SpeechLexicon.nationality(w);
            if (n != null && nationality.isEmpty()) {
                nationality = n;
            }
        }
        return role == null ? null : nationality + ":" + role;
    }

    /** Binds descriptions standing right before a name anywhere in the text ("белорусский лидер Александр Лукашенко"). */
    void bindAppositions() {
        for (int i = 0; i < text.size(); i++) {
            if (!text.isWord(i) || lexicon.role(text.word(i)) == null) {
                continue;
            }
            int start = i;
            while (start - 1 >= 0 && i - start < 3 && SpeechLexicon.nationality(text.word(start - 1)) != null) {
                start--;
            }
            int end = i + 1;
            while (end < text.size() && end - i < 4 && text.isWord(end) && (lexicon.role(text.word(end)) != null
                    || !text.isCapitalised(end) && lexicon.isRoleComplement(text.word(end)))) {
                end++; // "Prime Minister", "глава государства"
            }
            while (end < text.size() && end - i < 4 && text.isCapitalised(end)
                    && SpeechLexicon.nationality(text.word(end)) != null) {
                end++; // "президент России Владимир Путин"
            }
            Person p = end < text.size() ? referents.namedAt(end) : null;
            String key = p == null ? null : description(start, end);
            if (key != null) {
                referents.bind(key, p);
            }
            i = end - 1;
        }
    }
}
