package io.newsroom.launcher.bench;

import java.util.List;
import java.util.Random;

/**
 * News-like articles of realistic length (300-1,000 words; Russian and English alternating), generated from
 * a seed so that every run offers the same load: a title, a byline, paragraphs whose sentences name people,
 * places and organisations, quote someone and cite an agency now and then, as news does (the entity, quote and
 * metadata stages then work as hard as on real news). Invented text, not real articles.
 */
public final class ArticleGenerator {

    private static final List<String> RU = List.of(
            "правительство", "область", "заявил", "министр", "город", "жители", "сообщили", "в", "на", "по", "после",
            "года", "проект", "строительство", "администрации", "президент", "встреча", "переговоры", "компания",
            "рынок", "рост", "цены", "решение", "совет", "депутаты", "закон", "принят", "центр", "школа", "больница",
            "дороги", "транспорт", "погода", "снег", "мэр", "губернатор", "новый", "крупный", "региональный",
            "экономика", "бюджет", "миллиардов", "рублей", "процентов", "отметил", "подчеркнул", "добавил", "также",
            "однако", "кроме", "того", "работы", "завершены", "планируется", "открытие", "весной", "осенью",
            "эксперты", "считают", "ситуация", "улучшилась", "данным", "ведомства", "сотрудники", "служба");
    private static final List<String> EN = List.of(
            "government", "council", "said", "minister", "city", "residents", "reported", "in", "on", "after", "the",
            "a", "of", "project", "construction", "officials", "president", "meeting", "talks", "company", "market",
            "growth", "prices", "decision", "board", "lawmakers", "bill", "passed", "centre", "school", "hospital",
            "roads", "transport", "weather", "storm", "mayor", "governor", "new", "major", "regional", "economy",
            "budget", "billion", "dollars", "percent", "noted", "stressed", "added", "also", "however", "besides",
            "works", "completed", "planned", "opening", "spring", "autumn", "experts", "believe", "situation",
            "improved", "according", "agency", "staff", "service");

    /** Nominative, genitive, and the past-tense ending of a verb agreeing with the person. */
    private static final List<String[]> RU_PEOPLE = List.of(new String[]{"Анна Смирнова", "Анны Смирновой", "а"},
            new String[]{"Игорь Волков", "Игоря Волкова", ""}, new String[]{"Олег Ковалёв", "Олега Ковалёва", ""},
            new String[]{"Марина Орлова", "Марины Орловой", "а"}, new String[]{"Дмитрий Соколов", "Дмитрия Соколова", ""},
            new String[]{"Елена Павлова", "Елены Павловой", "а"}, new String[]{"Павел Морозов", "Павла Морозова", ""},
            new String[]{"Ирина Лебедева", "Ирины Лебедевой", "а"});
    private static final List<String> RU_PLACES = List.of("Москве", "Казани", "Новосибирске", "Санкт-Петербурге",
            "Екатеринбурге", "Берлине", "Минске", "Самарской области");
    private static final List<String> RU_ORGS = List.of("Минфин", "Центробанк", "Госдума", "мэрия Москвы",
            "компания «Северный ветер»", "Минтранс", "правительство Татарстана", "Сбербанк");
    private static final List<String> RU_AGENCIES = List.of("ТАСС", "РИА «Новости»", "Интерфакс");
    private static final List<String> EN_PEOPLE = List.of("Jane Porter", "Mark Ellison", "Sarah Whitfield",
            "David Okafor", "Laura Chen", "Thomas Reyes", "Emily Harper", "Michael Brandt");
    private static final List<String> EN_PLACES = List.of("London", "Chicago", "Toronto", "Berlin", "Sydney",
            "New York", "Manchester", "Texas");
    private static final List<String> EN_ORGS = List.of("the Treasury", "the Federal Reserve", "Northwind Energy",
            "the European Commission", "City Council", "the World Bank", "Acme Motors", "the Senate");
    private static final List<String> EN_AGENCIES = List.of("Reuters", "the Associated Press", "AFP");

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** An article as text/plain: title line, blank line, byline, paragraphs; 300-1,000 words. */
    public String next(int index) {
        return withWords(index, 300 + random.nextInt(701));
    }

    /** An article of about the given number of words (the title and byline included). */
    public String withWords(int index, int words) {
        boolean ru = index % 2 == 0;
        List<String> vocabulary = ru ? RU : EN;
        StringBuilder text = new StringBuilder(capitalize(sentence(vocabulary, 6 + random.nextInt(5))));
        text.append("\n\n").append(ru ? "Текст: " + pick(RU_PEOPLE)[0] : "By " + pick(EN_PEOPLE)).append("\n\n");
        int written = text.toString().split("\\s+").length;
        while (written < words) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences && written < words; s++) {
                String sentence = newsSentence(ru, vocabulary, Math.min(8 + random.nextInt(12), Math.max(3, words - written)));
                written += sentence.split("\\s+").length;
                text.append(sentence).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    /** A sentence of plain words, or with a name, a place, an organisation, a quote or an agency in it. */
    private String newsSentence(boolean ru, List<String> vocabulary, int length) {
        String plain = sentence(vocabulary, length);
        String[] person = pick(RU_PEOPLE);
        return switch (random.nextInt(8)) {
            case 0 -> ru ? "«" + capitalize(plain) + "», — заявил" + person[2] + " " + person[0] + "."
                    : "\"" + capitalize(plain) + ",\" " + pick(EN_PEOPLE) + " said.";
            case 1 -> ru ? capitalize(pick(RU_ORGS)) + " " + plain + " в " + pick(RU_PLACES) + "."
                    : capitalize(pick(EN_ORGS)) + " " + plain + " in " + pick(EN_PLACES) + ".";
            case 2 -> ru ? capitalize(plain) + ", сообщает " + pick(RU_AGENCIES) + "."
                    : capitalize(plain) + ", " + pick(EN_AGENCIES) + " reported.";
            case 3 -> ru ? "По словам " + person[1] + ", " + plain + "."
                    : "According to " + pick(EN_PEOPLE) + ", " + plain + ".";
            default -> capitalize(plain) + ".";
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String sentence(List<String> words, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sentence.append(' ');
            }
            sentence.append(words.get(random.nextInt(words.size())));
        }
        return sentence.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
