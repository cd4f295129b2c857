package io.newsroom.nlp.en;

import io.newsroom.nlp.ner.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words and patterns of English news that more than one rule class reads.
 */
final class NewsWords {

    private NewsWords() {
    }

    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Verbs of a share price's move, in the past tense that market reports use. */
    static final Set<String> PRICE_VERBS = Set.of("rose", "fell", "gained", "slipped", "eased", "climbed",
            "jumped", "dropped", "tumbled", "firmed", "shed", "slid", "surged", "plunged", "dipped", "advanced",
            "declined", "soared", "sank", "lost", "added");

    /** Verbs of saying that follow or precede a speaker's name in news ("Saqib said", "said Guilbeault"). */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "explained", "explains",
            "wrote", "writes", "asked", "asks", "argued", "argues", "noted", "notes", "recalled", "recalls", "insisted",
            "insists", "admitted", "admits", "warned", "warns", "stressed", "replied", "acknowledged", "acknowledges");

    /** Capitalised words before "said" that are not names. */
    static final Set<String> NOT_SPEAKERS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "this",
            "that", "there", "one", "someone", "everyone", "nobody", "police", "officials", "sources", "witnesses",
            "experts", "analysts", "residents", "critics", "lawyers", "prosecutors", "authorities", "doctors", "some",
            "others", "many", "both", "all", "each", "his", "her", "their", "our", "its", "a", "an", "the", "and", "but",
            "as", "when", "then", "later", "also", "yesterday", "today", "tomorrow", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Heads of event, treaty and prize names built on a place ("Paris Agreement", "Tokyo Olympics"): no place there. */
    static final Set<String> PLACE_NAMED_THINGS = Set.of("Agreement", "Accord", "Accords", "Treaty", "Protocol",
            "Convention", "Declaration", "Summit", "Games", "Olympics", "Marathon", "Open", "Prize", "Award", "Awards",
            "Festival", "Biennale", "Doctrine", "Initiative", "Process", "Talks", "Round", "Cup", "Masters", "Classic",
            "Championship", "Championships", "Trophy", "Rally", "Tournament", "Prix");

    /** Sports events and prizes, which a name ending in them is, and no organisation ("the Hamburg Open"). */
    static final Set<String> EVENTS = Set.of("Games", "Olympics", "Marathon", "Open", "Cup", "Masters",
            "Classic", "Championship", "Championships", "Trophy", "Rally", "Tournament", "Prix", "Awards", "Festival");

    /** Capital-letter words of news that name no organisation (roles, measures, media, emphasis). */
    static final Set<String> NOT_ORGANISATIONS = Set.of("CEO", "CFO", "COO", "CTO", "GDP", "TV", "PM", "AM", "OT",
            "PC", "ID", "OK", "USD", "EUR", "GBP", "DNA", "HIV", "AIDS", "IT", "IPO", "CD", "DVD", "SUV", "VAT", "AI",
            "UFO", "FAQ", "PDF", "URL", "HTML", "SMS", "GPS", "LGBT", "LGBTQ", "NB", "PS", "RIP", "BBQ", "ATM", "PIN",
            "MP", "MPS", "MEP", "CCTV", "COVID", "SARS", "MRI", "ICU", "GMT", "UTC", "EST", "PST", "BST", "CET", "KM",
            "MPH", "KG", "NOT", "NO", "YES", "ALL", "NEW", "NOW", "THE", "AND", "OR", "BUT", "VERY", "NEVER", "ONLY",
            "MUST", "WILL", "REALLY", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI", "USB",
            "DIY", "VIP", "OMG", "LOL", "ASAP", "AKA", "FYI", "RSVP", "ETA", "ISBN", "GMO", "LED", "LCD",
            "HD", "VR", "AR", "APP", "API", "IQ", "PR", "HR", "QC", "QA", "MBA", "BA", "MA", "BSC", "MSC",
            "BC", "AD", "BCE", "CE", "ERA", "MVP", "RBI", "OST", "NE", "NW", "SE", "SW");

    /** Nationalities written as nouns, which no demonym ending gives ("Dane" of Denmark). */
    static final Set<String> NATIONALITY_NOUNS = Set.of("dane", "briton", "swede", "turk", "scot", "pole",
            "frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman", "irishman",
            "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "spaniard", "kiwi", "aussie", "yank",
            "finn", "zealander", "icelander", "luxembourger");

    /** Stock indices, which markets copy names like companies ("DAX 2,512.30 +12.40", "the Nikkei average"). */
    static final Set<String> INDICES = Set.of("dax", "nikkei", "topix", "ftse", "cac", "cac-40", "hang seng",
            "s&p", "wig", "ibex", "mib", "mibtel", "aex", "smi", "bux", "px-50", "rts", "sensex", "kospi", "taiex",
            "all-share", "bel-20", "omx", "atx", "merval", "bovespa", "kse-100");

    /** Lower-case words after a place's name that say what kind of place it is ("the Kherson province"). */
    static final Set<String> PLACE_KINDS = Set.of("region", "province", "area", "district", "county",
            "oblast", "prefecture", "governorate", "municipality", "state", "valley", "peninsula", "coast");

    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "by", "for", "from", "since", "until",
            "after", "before", "during", "of", "to");

    /** A score or a cricket total: "3", "312", "222-5"; no decimals ("Version 1.50"). */
    static final Pattern SCORE = Pattern.compile("\\d{1,3}(-\\d{1,2})?");

    static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");

    /** The token at {@code next} heads a treaty, event or prize name that a place before it is part of. */
    static boolean namesAThing(List<Token> tokens, int next) {
        return next < tokens.size() && inTitleCase(PLACE_NAMED_THINGS, tokens.get(next).text());
    }

    static boolean isEvent(String word) {
        return inTitleCase(EVENTS, word);
    }

    /** The word as written, or in a headline in capitals ("HAMBURG OPEN"), in a set of title-case words. */
    static boolean inTitleCase(Set<String> words, String w) {
        return words.contains(w) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                && words.contains(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }

    static boolean isMonth(String w) {
        return MONTHS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** An initial: "G.", "J.R." */
    static boolean isInitial(String w) {
        return w.length() >= 2 && w.endsWith(".") && Character.isUpperCase(w.codePointAt(0))
                && w.chars().filter(Character::isLetter).count() <= 2 && w.chars().allMatch(c -> c == '.' || Character.isUpperCase(c));
    }

    /** Honorifics, which make a person even in a line in capitals ("MS PUGH"). */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "messrs",
            "messrs.", "sir", "dame");

    /** Honorifics and the titles before a person's name that no organisation or place begins with. */
    static final Set<String> PERSON_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss",
            "messrs", "messrs.", "sir", "dame", "president", "king", "queen", "pope", "senator", "sen.", "governor",
            "gov.", "mayor", "chancellor", "prince", "princess", "judge", "rep.", "prof.", "professor", "premier",
            "ayatollah", "sheikh", "rabbi", "imam", "emperor", "empress", "sultan", "emir", "tsar", "czar", "minister",
            "secretary", "ambassador", "envoy", "colonel", "admiral", "commander", "cardinal", "archbishop", "bishop",
            "lieutenant");
}
