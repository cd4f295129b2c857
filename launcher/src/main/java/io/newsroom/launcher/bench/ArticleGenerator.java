package io.newsroom.launcher.bench;

import java.util.List;
import java.util.Random;

/**
 * News-like articles of realistic length (300-1,000 words; Russian and English alternating), generated from
 * a seed so that every run offers the same load. Invented text, not real articles.
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

    private final Random random;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** An article as text/plain: title line, blank line, paragraphs. */
    public String next(int index) {
        List<String> words = index % 2 == 0 ? RU : EN;
        StringBuilder text = new StringBuilder(capitalize(sentence(words, 6 + random.nextInt(5))));
        text.append("\n\n");
        int paragraphs = 5 + random.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append(capitalize(sentence(words, 8 + random.nextInt(12)))).append(". ");
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return text.toString().strip();
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
