package io.newsroom.publish;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.events.EnrichedArticle.Quote;
import io.newsroom.events.EnrichedArticle.QuoteKind;
import io.newsroom.events.EnrichedArticle.Speaker;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.TopicProbe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Enriched article records as enrich-service would put them on articles.enriched. */
final class EnrichedArticles {

    private EnrichedArticles() {
    }

    static EnrichedArticle article(String id, String revision, String title, Instant receivedAt) {
        return builder(id, title, receivedAt).revision(revision).build();
    }

    static Builder builder(String id, String title, Instant receivedAt) {
        return new Builder(id, title, receivedAt);
    }

    static void send(EnrichedArticle article) {
        TopicProbe.send(Topics.ENRICHED, article.id(), ArticleJson.write(article));
    }

    /** A word no other test uses (Cyrillic, so that the Russian stemmer sees a Russian word). */
    static String uniqueWord() {
        String letters = "бвгдклмнпрстфх";
        String vowels = "аоуиэ";
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 5; i++) {
            word.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        // Ends like a surname (-ов), which the Russian stemmer keeps whole in the nominative.
        return word.append("ов").toString();
    }

    static String uniqueLatinWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "").substring(0, 8);
    }

    static final class Builder {
        private final String id;
        private String revision = "r1";
        private final Instant receivedAt;
        private Instant publishedAt;
        private String title;
        private String body;
        private String language = "ru";
        private String source = "Тестовая лента";
        private String enricher = "test@1";
        private String url;
        private final List<Entity> entities = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        private Builder(String id, String title, Instant receivedAt) {
            this.id = id;
            this.title = title;
            this.receivedAt = receivedAt;
            this.body = "Текст статьи «" + title + "».";
        }

        Builder revision(String revision) {
            this.revision = revision;
            return this;
        }

        Builder body(String body) {
            this.body = body;
            return this;
        }

        Builder language(String language) {
            this.language = language;
            return this;
        }

        Builder source(String source) {
            this.source = source;
            return this;
        }

        Builder enricher(String enricher) {
            this.enricher = enricher;
            return this;
        }

        Builder url(String url) {
            this.url = url;
            return this;
        }

        Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /** An entity named by the given surface forms (offsets where the form occurs in the text, else 0). */
        Builder entity(String localId, EntityType type, String name, String... forms) {
            String text = text();
            List<Mention> mentions = new ArrayList<>();
            for (String form : forms) {
                int at = Math.max(0, text.indexOf(form));
                int start = text.codePointCount(0, at);
                mentions.add(new Mention(start, start + form.codePointCount(0, form.length()), form));
            }
            entities.add(new Entity(localId, type, name, mentions));
            return this;
        }

        /**
         * An entity named at every place the text has one of the forms (longer forms first; a place already
         * taken by a longer form is not named again by a shorter one inside it).
         */
        Builder entityEverywhere(String localId, EntityType type, String name, String... forms) {
            String text = text();
            List<String> longestFirst = new ArrayList<>(List.of(forms));
            longestFirst.sort((a, b) -> b.length() - a.length());
            List<int[]> taken = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            for (String form : longestFirst) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    int from = at;
                    int to = at + form.length();
                    if (taken.stream().noneMatch(t -> from < t[1] && t[0] < to)) {
                        taken.add(new int[] {from, to});
                        int start = text.codePointCount(0, from);
                        mentions.add(new Mention(start, start + form.codePointCount(0, form.length()), form));
                    }
                }
            }
            mentions.sort((a, b) -> a.start() - b.start());
            entities.add(new Entity(localId, type, name, mentions));
            return this;
        }

        Builder quote(String text, String speakerName, String speakerLocalId) {
            int at = Math.max(0, text().indexOf(text));
            int start = text().codePointCount(0, at);
            quotes.add(new Quote(text, start, start + text.codePointCount(0, text.length()),
                    new Speaker(speakerName, speakerLocalId), "сказал", QuoteKind.DIRECT));
            return this;
        }

        private String text() {
            return title + "\n\n" + body;
        }

        EnrichedArticle build() {
            return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, revision, receivedAt, receivedAt.plusMillis(5),
                    url, null, source, publishedAt, language, title, null, null, List.of(), body, text(),
                    List.copyOf(entities), List.copyOf(quotes),
                    new EnrichedArticle.Metadata(List.of(), List.of(), List.of(), 4, 1, null), enricher);
        }
    }
}
