package io.newsroom.nlp.quotes;

import io.newsroom.nlp.ner.RussianMorphology;
import io.newsroom.nlp.ner.RussianMorphology.Analysis;
import io.newsroom.nlp.ner.RussianMorphology.Reading;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the quote rules know: verbs of saying (Russian by lemma, so every form counts; English by form),
 * pronouns, roles that stand for a person ("президент", "the mayor"), nationality words, and the descriptors
 * that make a quoted phrase a name ("компания «Яндекс»"). Small closed lists, kept here so the rules read plainly.
 */
final class SpeechLexicon {

    /** Verbs of saying. "обратиться" counts ("– обратился Путин к Лукашенко"), "обратить (внимание)" does not. */
    private static final Set<String> RU_CUES = Set.of("заявить", "заявлять", "сказать", "говорить", "отметить",
            "отмечать", "добавить", "добавлять", "подчеркнуть", "подчёркивать", "подчеркивать", "сообщить",
            "сообщать", "обратиться", "рассказать", "рассказывать", "пояснить", "пояснять", "уточнить", "заметить",
            "ответить", "признать", "признаться", "напомнить", "объяснить", "констатировать", "предупредить",
            "пообещать", "возразить", "спросить", "воскликнуть", "продолжить", "резюмировать", "указать",
            "считать", "заверить", "призвать", "посетовать", "парировать", "написать");

    private static final Set<String> EN_CUES = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "noted", "stressed", "explained", "warned", "asked", "replied", "wrote", "insisted", "argued", "declared",
            "announced", "continued", "recalled", "admitted", "acknowledged", "claimed", "remarked", "confirmed",
            "conceded", "observed", "cautioned", "urged", "promised", "responded");

    private static final Set<String> MALE_PRONOUNS = Set.of("он", "he");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("она", "she");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("они", "they", "we", "мы");

    /** Role nouns (Russian lemmas, English forms) that name a person by office. */
    private static final Set<String> ROLES = Set.of("лидер", "президент", "премьер", "премьер-министр", "глава",
            "министр", "председатель", "мэр", "губернатор", "пресс-секретарь", "представитель", "спикер",
            "директор", "руководитель", "посол", "канцлер", "депутат", "сенатор", "эксперт", "аналитик",
            "собеседник", "политик", "генсек", "командующий", "официальный", "корреспондент", "журналист", "врач",
            "тренер", "адвокат", "прораб", "инженер", "ректор", "начальник", "судья", "прокурор", "следователь",
            "свидетель", "житель", "жительница", "пассажир", "очевидец", "архитектор", "учитель", "чиновник",
            "president", "leader", "minister", "premier", "mayor", "governor", "spokesman", "spokeswoman",
            "spokesperson", "chancellor", "senator", "official", "secretary", "chief", "director", "ambassador",
            "expert", "analyst", "chairman", "chairwoman", "executive", "manager", "lawyer", "head", "prime",
            "coach", "engineer", "doctor", "forecaster", "economist", "resident", "witness", "officer",
            "correspondent", "reporter", "judge", "prosecutor", "teacher", "police");

    /** Words that may stand inside a role phrase without being a role ("глава государства", "the mayor of"). */
    private static final Set<String> ROLE_COMPLEMENTS = Set.of("государство", "правительство", "министерство",
            "ведомство", "компания", "страна", "дело", "иностранный", "пресс-служба", "служба", "город", "область",
            "республика", "администрация", "the", "of", "foreign", "state", "city", "government", "company");

    /** Role classes: words that name the same office share a class, so descriptions can be matched. */
    private static final Map<String, String> ROLE_CLASS = Map.of("лидер", "HEAD", "президент", "HEAD",
            "president", "HEAD", "leader", "HEAD", "премьер", "PREMIER", "премьер-министр", "PREMIER",
            "premier", "PREMIER", "prime", "PREMIER");

    /** Nationality by the start of a lower-cased word: adjectives and country names in any case. */
    private static final String[][] NATIONALITIES = {
            {"российск", "RU"}, {"росси", "RU"}, {"russia", "RU"}, {"белорусск", "BY"}, {"белорусси", "BY"},
            {"беларус", "BY"}, {"belarus", "BY"}, {"украин", "UA"}, {"ukrain", "UA"}, {"американск", "US"},
            {"сша", "US"}, {"americ", "US"}, {"u.s", "US"}, {"французск", "FR"}, {"франци", "FR"}, {"french", "FR"},
            {"france", "FR"}, {"немецк", "DE"}, {"германи", "DE"}, {"german", "DE"}, {"китайск", "CN"},
            {"кнр", "CN"}, {"китая", "CN"}, {"chin", "CN"}, {"британск", "GB"}, {"великобритани", "GB"},
            {"british", "GB"}, {"britain", "GB"}, {"казахстан", "KZ"}, {"турецк", "TR"}, {"турци", "TR"},
            {"japan", "JP"}, {"японск", "JP"}, {"япони", "JP"}, {"азербайджан", "AZ"}, {"армянск", "AM"},
            {"армени", "AM"}};

    /** Words before «…» that make the quoted words a name: an organisation, outlet, party, work or project. */
    private static final Set<String> NAME_DESCRIPTORS = Set.of("компания", "партия", "агентство", "газета",
            "журнал", "телеканал", "издание", "радиостанция", "фонд", "банк", "концерн", "холдинг", "группа",
            "проект", "движение", "клуб", "фильм", "книга", "программа", "операция", "газопровод", "завод",
            "корпорация", "объединение", "общество", "организация", "театр", "фестиваль", "премия", "сериал",
            "альбом", "роман", "спектакль", "портал", "сайт", "центр", "команда", "форум", "бренд", "марка",
            "журнала", "компании", "партии", "агентства", "газеты",
            "риа", "ия", "ра", "ооо", "оао", "пао", "ао", "зао", "ано", "фк", "гк", "ск", "тк", "ип",
            "company", "firm", "party", "newspaper", "magazine", "channel", "band", "album", "film", "movie",
            "book", "novel", "show", "series", "project", "operation", "group", "brand", "campaign", "program",
            "programme");

    private final RussianMorphology morphology;

    SpeechLexicon(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    Analysis analyze(String word) {
        return morphology.analyze(word);
    }

    static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** A verb of saying: any finite Russian form of a cue lemma (not a gerund), or an English cue form. */
    boolean isCue(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!isCyrillic(word)) {
            return EN_CUES.contains(lower);
        }
        for (Reading r : morphology.analyze(lower).readings()) {
            if (r.tag().startsWith("VB") && RU_CUES.contains(r.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** True when a Russian verb form is feminine ("сказала"). */
    boolean isFeminineVerb(String word) {
        if (!isCyrillic(word)) {
            return false;
        }
        for (Reading r : morphology.analyze(word.toLowerCase(Locale.ROOT)).readings()) {
            if (r.tag().startsWith("VB") && r.tag().contains(":Fem")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPronoun(String lower) {
        return MALE_PRONOUNS.contains(lower) || FEMALE_PRONOUNS.contains(lower) || PLURAL_PRONOUNS.contains(lower);
    }

    static boolean isPluralPronoun(String lower) {
        return PLURAL_PRONOUNS.contains(lower);
    }

    static Referents.Gender pronounGender(String lower) {
        return MALE_PRONOUNS.contains(lower) ? Referents.Gender.MALE
                : FEMALE_PRONOUNS.contains(lower) ? Referents.Gender.FEMALE : Referents.Gender.UNKNOWN;
    }

    /** The role lemma of a word ("президента" → "президент"), or null. */
    String role(String word) {
        return lemmaIn(word, ROLES);
    }

    boolean isRoleComplement(String word) {
        return lemmaIn(word, ROLE_COMPLEMENTS) != null;
    }

    private String lemmaIn(String word, Set<String> set) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (set.contains(lower)) {
            return lower;
        }
        if (isCyrillic(word)) {
            for (Reading r : morphology.analyze(lower).readings()) {
                if ((r.tag().startsWith("NN") || r.tag().startsWith("ADJ")) && set.contains(r.lemma())) {
                    return r.lemma();
                }
            }
        }
        return null;
    }

    static String roleClass(String role) {
        return ROLE_CLASS.getOrDefault(role, role);
    }

    static String nationality(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] n : NATIONALITIES) {
            if (lower.startsWith(n[0])) {
                return n[1];
            }
        }
        return null;
    }

    boolean isNameDescriptor(String word) {
        return lemmaIn(word, NAME_DESCRIPTORS) != null;
    }

    private static final Set<String> EN_PHRASE_ENDS = Set.of("to", "at", "in", "on", "for", "with", "from", "during",
            "after", "before", "by", "and", "but", "who", "which", "that", "when", "while", "as", "yesterday",
            "today", "tomorrow", "told", "said", "added", "is", "was", "has", "had");

    /** A word a speaker phrase cannot run past: a preposition, conjunction, verb or gerund ("к", "обращаясь", "on"). */
    boolean endsPhrase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!isCyrillic(word)) {
            return EN_PHRASE_ENDS.contains(lower);
        }
        for (Reading r : morphology.analyze(lower).readings()) {
            String tag = r.tag();
            if (tag.startsWith("PREP") || tag.startsWith("CONJ") || tag.startsWith("VB") || tag.startsWith("DPT")
                    || tag.startsWith("PNN") || tag.startsWith("PCL")) {
                return true;
            }
        }
        return false;
    }

    /** An adjective that can open a role phrase ("российский", "официальный", "белорусского"). */
    boolean isAdjective(String word) {
        if (!isCyrillic(word)) {
            return false;
        }
        return morphology.analyze(word.toLowerCase(Locale.ROOT)).hasTag("ADJ");
    }
}
