package io.newsroom.nlp.quotes;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.Quote;
import io.newsroom.events.EnrichedArticle.QuoteKind;
import io.newsroom.events.EnrichedArticle.Speaker;
import io.newsroom.nlp.ner.RussianMorphology;
import io.newsroom.nlp.ner.RussianTokenizer;
import io.newsroom.nlp.quotes.SpeakerFinder.CueSite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what people said in a Russian or English article, and who said it.
 *
 * <p>DIRECT quotes are the words inside «…» (with „…“ or «…» nested inside), “…”, „…“ or "…", and the speech of
 * dialogue lines opening with a dash ("– Мы готовы, – сказал он."). An author's insert inside the marks
 * («Часть, – сказал он, – часть») splits the quote in two. Quoted words are a name, not a quote, when they follow
 * an organisation or outlet word ("РИА «Новости»", "компания «Яндекс»"), fall on an organisation the entity
 * stage found, or are a short capitalised phrase that no colon, dash or verb of saying introduces.
 *
 * <p>INDIRECT quotes are the clause after "&lt;speaker&gt; заявил/сообщил/…, что", "said (that)", "по словам X,"
 * and "according to X,".
 *
 * <p>Speakers are found by {@link SpeakerFinder}. Offsets are code points into the text, end exclusive; a
 * quote's {@code text} equals that slice. Thread-safe; linear in the text's length.
 */
public final class QuoteExtractor {

    /** The words that may stand between a verb and its ", что" ("заявил журналистам, что"). */
    private static final int MAX_VERB_TO_THAT = 3;
    /** How far (in words) after a closing mark the verb of saying may come ("," the mayor of Lagos said). */
    private static final int MAX_WORDS_TO_CUE = 6;

    private final RussianTokenizer tokenizer = new RussianTokenizer();
    private final SpeechLexicon lexicon;

    public QuoteExtractor() {
        this(RussianMorphology.shared());
    }

    public QuoteExtractor(RussianMorphology morphology) {
        this.lexicon = new SpeechLexicon(morphology);
    }

    /** The quotes of {@code text}, in text order; {@code entities} may be empty (speakers then come from the text). */
    public List<Quote> extract(String text, List<Entity> entities) {
        if (text.isEmpty()) {
            return List.of();
        }
        TokenizedText t = new TokenizedText(text, tokenizer);
        Referents referents = Referents.of(t, entities, lexicon);
        SpeakerFinder speakers = new SpeakerFinder(t, lexicon, referents);
        speakers.bindAppositions();
        return new Run(t, referents, speakers).quotes();
    }

    /** One candidate: quoted or reported words at tokens [from, to), and what introduced them. */
    private record Candidate(int from, int to, int open, int close, CueSite cue, QuoteKind kind, boolean dialogue) {
    }

    /** The per-article work: candidates in text order, each attributed in turn (reference memory builds up). */
    private final class Run {
        private final TokenizedText t;
        private final Referents referents;
        private final SpeakerFinder speakers;
        private final List<Quote> out = new ArrayList<>();
        private Candidate lastDirect;
        private Speaker lastSpeaker;

        Run(TokenizedText t, Referents referents, SpeakerFinder speakers) {
            this.t = t;
            this.referents = referents;
            this.speakers = speakers;
        }

        List<Quote> quotes() {
            List<int[]> marked = QuoteMarks.pairs(t);
            List<Candidate> candidates = new ArrayList<>();
            int previousClose = -1;
            for (int[] pair : marked) {
                if (pair[0] + 1 < pair[1]) {
                    addSegments(candidates, pair[0] + 1, pair[1], pair[0], pair[1], false, previousClose);
                }
                previousClose = pair[1];
            }
            for (int i = 0; i < t.size(); i++) {
                if (isDialogueLine(i)) {
                    addSegments(candidates, i + 1, lineEnd(i), i, -1, true, -1);
                }
            }
            candidates.addAll(indirect(marked));
            candidates.sort(Comparator.comparingInt(Candidate::from));
            for (Candidate c : candidates) {
                if (c.kind() == QuoteKind.INDIRECT) {
                    emit(c, c.cue() == null ? null : speakers.speaker(c.cue()), c.cue());
                } else {
                    direct(c);
                }
            }
            return out;
        }

        private int lineEnd(int i) {
            int end = i;
            while (end < t.size() && t.line(end) == t.line(i)) {
                end++;
            }
            return end;
        }

        /** A line opening with a dash and then a capitalised word or a quote mark: a line of dialogue. */
        private boolean isDialogueLine(int i) {
            return (i == 0 || t.line(i - 1) != t.line(i)) && t.isDash(i) && i + 1 < t.size()
                    && t.line(i + 1) == t.line(i) && (t.isWord(i + 1) && t.isCapitalised(i + 1));
        }

        /**
         * Splits [from, to) at author inserts ("…, – сказал он, – …": a dash after punctuation followed by a verb
         * of saying) and adds each piece of speech, with the insert's cue when there is one.
         */
        private void addSegments(List<Candidate> candidates, int from, int to, int open, int close, boolean dialogue,
                                 int previousClose) {
            int start = from;
            CueSite insert = null;
            List<int[]> speech = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (t.isDash(i) && i > from && t.is(i - 1, ",.!?…")) {
                    CueSite cue = speakers.cueIn(i + 1, clauseEnd(i + 1, to), 3);
                    if (cue != null) {
                        speech.add(new int[] {start, i});
                        insert = insert == null ? cue : insert;
                        int next = nextDash(i + 1, to);
                        start = next < 0 ? to : next + 1;
                        i = start - 1;
                    }
                }
            }
            if (start < to) {
                speech.add(new int[] {start, to});
            }
            for (int[] s : speech) {
                int end = trimEnd(s[0], s[1]);
                if (end > s[0]) {
                    candidates.add(new Candidate(s[0], end, open, close, insert, QuoteKind.DIRECT, dialogue));
                }
            }
        }

        private int nextDash(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isDash(i) && t.is(i - 1, ",.!?…")) {
                    return i;
                }
            }
            return -1;
        }

        /** Drops a trailing comma or dash: punctuation of the sentence around the speech, not of the speech. */
        private int trimEnd(int from, int to) {
            while (to > from && (t.is(to - 1, ",") || t.isDash(to - 1))) {
                to--;
            }
            return to;
        }

        /** The end of the clause starting at {@code from}: a sentence end, a quote mark, a colon or the line's end. */
        private int clauseEnd(int from, int limit) {
            int i = from;
            while (i < limit && i < t.size() && t.line(i) == t.line(from) && !t.isSentenceEnd(i)
                    && !t.is(i, ":;«»“”„\"") && !(i > from && t.isDash(i) && t.is(i - 1, ",.!?…"))) {
                i++;
            }
            return i;
        }

        /** Where the clause holding token {@code i} begins: after a sentence end, a quote mark or at the line start. */
        private int clauseStart(int i, int floor) {
            int s = i;
            while (s - 1 > floor && t.line(s - 1) == t.line(i) && !t.isSentenceEnd(s - 1) && i - s < 40) {
                s--;
            }
            return s;
        }

        private void direct(Candidate c) {
            CueSite cue = c.cue();
            boolean introduced = cue != null;
            if (cue == null && c.close() >= 0) {
                cue = cueAfter(c);
                introduced = cue != null;
            }
            if (cue == null && c.open() >= 0) {
                cue = cueBefore(c);
                introduced = cue != null && introduces(cue, c.open());
            }
            if (!isQuote(c, cue, introduced)) {
                return;
            }
            Speaker speaker = cue != null ? speakers.speaker(cue) : null;
            if (speaker == null && cue == null && continues(c)) {
                speaker = lastSpeaker;
            }
            emit(c, speaker, cue);
            lastDirect = c;
        }

        /** "«…», – сказал он", "“…,” she said", "“…?” asked Lopez". */
        private CueSite cueAfter(Candidate c) {
            int i = c.close() + 1;
            boolean joined = t.is(c.close() - 1, ",!?…"); // “…,” she said
            if (i < t.size() && t.line(i) == t.line(c.close()) && t.is(i, ",!?…")) {
                joined = true;
                i++;
            }
            if (i < t.size() && t.line(i) == t.line(c.close()) && t.isDash(i)) {
                joined = true;
                i++;
            }
            if (i >= t.size() || t.line(i) != t.line(c.close())) {
                return null;
            }
            joined |= t.isWord(i) && !t.isCapitalised(i);
            return joined ? speakers.cueIn(i, clauseEnd(i, t.size()), MAX_WORDS_TO_CUE) : null;
        }

        /** "Путин отметил: «…»", "по словам Путина, «…»", "She said, “…”". */
        private CueSite cueBefore(Candidate c) {
            int start = clauseStart(c.open(), lastDirect == null ? -1 : lastDirect.close());
            return start < c.open() ? speakers.lastCueIn(start, c.open()) : null;
        }

        /** The cue leads straight into the marks: "отметил: «", "said, “", "said “", "заявил, что «". */
        private boolean introduces(CueSite cue, int open) {
            int before = open - 1;
            return t.is(before, ":,") || before == cue.cueTo() - 1
                    || t.isWord(before) && (t.lower(before).equals("что") || t.lower(before).equals("that"));
        }

        /** A quote with no cue of its own that goes on from the one before ("…», – сказал он. – «…»). */
        private boolean continues(Candidate c) {
            if (lastDirect == null || lastSpeaker == null) {
                return false;
            }
            int lastLine = t.line(lastDirect.to() - 1);
            int line = t.line(c.from());
            return line == lastLine || line == lastLine + 1 && !c.dialogue();
        }

        private boolean isQuote(Candidate c, CueSite cue, boolean introduced) {
            int words = 0;
            boolean punctuated = false;
            for (int i = c.from(); i < c.to(); i++) {
                words += t.isWord(i) ? 1 : 0;
                punctuated |= t.is(i, ",.!?…:;");
            }
            if (c.dialogue()) {
                return cue != null || words >= 3 && t.is(c.to() - 1, ".!?…");
            }
            boolean inserted = c.cue() != null;
            if (!inserted && words <= 4 && (namedBefore(c.open()) || referents.isOrganisation(c.from(), c.to()))) {
                return false;
            }
            boolean nameLike = words <= 3 && !punctuated && t.isCapitalised(c.from());
            boolean marked = inserted || t.is(c.open() - 1, ":") || dashAfter(c) || t.is(c.close() - 1, ",!?…");
            if (nameLike) {
                return cue != null && marked;
            }
            if (introduced || inserted) {
                return true;
            }
            boolean afterQuote = lastDirect != null && lastDirect.close() >= 0
                    && t.line(lastDirect.close()) == t.line(c.open());
            if (afterQuote && (t.isDash(c.open() - 1) || t.isCapitalised(c.from()) && t.is(c.close() - 1, ".!?…"))) {
                return true; // "…», – сказал он. – «…»" and "“…,” she said. “….”": the speech goes on
            }
            return words >= 6 && (t.isCapitalised(c.from()) || t.is(c.to() - 1, ".!?…"));
        }

        private boolean dashAfter(Candidate c) {
            int i = c.close() + 1;
            if (i < t.size() && t.is(i, ",!?…")) {
                i++;
            }
            return i < t.size() && t.isDash(i);
        }

        /** "РИА «Новости»", "компания «Яндекс»", "ТАСС «…»": an outlet, organisation or work word before the marks. */
        private boolean namedBefore(int open) {
            if (open <= 0 || !t.isWord(open - 1)) {
                return false;
            }
            String w = t.word(open - 1);
            return lexicon.isNameDescriptor(w) || w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase())
                    && w.chars().allMatch(Character::isLetter);
        }

        /** Reported speech: "<speaker> заявил, что …", "said that …", "по словам X, …", "according to X, …". */
        private List<Candidate> indirect(List<int[]> marked) {
            List<Candidate> found = new ArrayList<>();
            int m = 0;
            for (int i = 0; i < t.size(); i++) {
                while (m < marked.size() && marked.get(m)[1] < i) {
                    m++;
                }
                if (m < marked.size() && marked.get(m)[0] <= i || !t.isWord(i)) {
                    continue; // inside quote marks
                }
                CueSite cue = speakers.cueAt(i, clauseStart(i, -1), Math.min(t.size(), i + 2));
                if (cue == null) {
                    continue;
                }
                int clause = cue.phrase() ? afterPhrase(cue.cueTo()) : afterThat(i);
                if (clause < 0 || clause >= t.size()) {
                    continue;
                }
                int end = clauseEnd(clause, t.size());
                int words = 0;
                for (int k = clause; k < end; k++) {
                    words += t.isWord(k) ? 1 : 0;
                }
                if (words >= 3 && !(end < t.size() && t.is(end, "«“„\"") && words < 5)) {
                    CueSite site = new CueSite(cue.cueFrom(), cue.cueTo(), cue.clauseFrom(),
                            cue.phrase() ? clause : Math.min(t.size(), cue.cueTo() + MAX_VERB_TO_THAT), cue.phrase());
                    found.add(new Candidate(clause, end, -1, -1, site, QuoteKind.INDIRECT, false));
                }
            }
            return found;
        }

        /** After "по словам X," / "according to X,": the token after the comma, or -1. */
        private int afterPhrase(int from) {
            for (int i = from; i < t.size() && i - from <= 8; i++) {
                if (t.is(i, ",")) {
                    return i + 1;
                }
                if (!t.isWord(i)) {
                    return -1;
                }
            }
            return -1;
        }

        /** After "заявил(,) что" / "said (that)": where the reported clause starts, or -1. */
        private int afterThat(int verb) {
            for (int i = verb + 1; i < t.size() && i - verb <= MAX_VERB_TO_THAT + 2; i++) {
                String w = t.lower(i);
                if (w.equals("что") && t.is(i - 1, ",")) {
                    return i + 1;
                }
                if (w.equals("that") && t.line(i) == t.line(verb)) {
                    return i + 1;
                }
                if (!t.isWord(i) && !t.is(i, ",")) {
                    return -1;
                }
            }
            return -1;
        }

        private void emit(Candidate c, Speaker speaker, CueSite cue) {
            int start = t.token(c.from()).start();
            int end = t.token(c.to() - 1).end();
            out.add(new Quote(t.slice(start, end), start, end, speaker, cue == null ? null : speakers.cueText(cue),
                    c.kind()));
            if (c.kind() == QuoteKind.DIRECT) {
                lastSpeaker = speaker;
            }
        }
    }
}
