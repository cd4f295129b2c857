package io.newsroom.nlp.en;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training command end to end on a small invented corpus in the four corpora's format: it trains, writes the
 * model and the learned names, scores the model as written on the development part and prints its summary line;
 * the written model loads and tags. (On the real corpora the scoring once failed after the model was written: it
 * scored the in-memory model, whose table is too large for the compact form the file loads into.)
 */
class TrainEnglishModelTest {

    @TempDir
    Path corpora;
    @TempDir
    Path models;

    @Test
    void trainsWritesAndScoresTheModelAsWritten() throws Exception {
        String[] people = {"Anna Levchenko", "Peter Samoilov", "Irina Kuzmina", "John Barrow"};
        String[] cities = {"Boston", "Denver", "Leeds", "Perth"};
        String[] companies = {"Acme Corp", "Northwind Ltd", "Globex Inc"};
        for (String corpus : TrainEnglishModel.CORPORA) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String person = people[i % people.length];
                String city = cities[(i + 1) % cities.length];
                String company = companies[i % companies.length];
                String text = person + " met the board of " + company + " in " + city + " on Monday .";
                int p = 0;
                int c = text.indexOf(company);
                int l = text.indexOf(" in ") + 4;
                lines.add("{\"id\":\"" + corpus + "#" + i + "\",\"text\":\"" + text + "\",\"spans\":["
                        + span(p, person.length(), "PERSON") + "," + span(c, company.length(), "ORGANIZATION") + ","
                        + span(l, city.length(), "LOCATION") + "]}");
            }
            Files.write(corpora.resolve(corpus), lines, StandardCharsets.UTF_8);
        }
        for (String list : List.of("en-places.tsv", "en-first-names.tsv", "en-words.tsv")) {
            try (InputStream in = getClass().getResourceAsStream("/models/" + list)) {
                Files.copy(in, models.resolve(list));
            }
        }
        Path model = models.resolve("en-entities.bin");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            TrainEnglishModel.main(new String[] {corpora.toString(), model.toString(), "5", "--dev"});
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SUMMARY dev=held-out iterations=5");
        assertThat(model).isNotEmptyFile();
        assertThat(models.resolve("en-names.tsv")).exists();
        EnglishEntities entities = new EnglishEntities(EnglishTagger.load(model));
        assertThat(entities.entities("Irina Kuzmina met the board of Globex Inc in Leeds on Monday ."))
                .extracting(io.newsroom.events.EnrichedArticle.Entity::name).contains("Irina Kuzmina");
    }

    private static String span(int start, int length, String type) {
        return "{\"start\":" + start + ",\"end\":" + (start + length) + ",\"type\":\"" + type + "\"}";
    }
}
