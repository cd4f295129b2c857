package io.newsroom.publish.bench;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.infra.Ports;
import io.newsroom.infra.PostgresServer;
import io.newsroom.publish.persistence.EntityKeys;
import io.newsroom.publish.query.ArticleQueries;
import io.newsroom.publish.query.EntityQueries;
import io.newsroom.publish.query.QuoteQueries;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Latency of the three search reads on 100,000 stored articles: {@code GET /articles?q=},
 * {@code GET /entities?q=} and {@code GET /quotes?speaker=}, through the same query classes (and so the same
 * SQL) the REST resources use, on the embedded PostgreSQL with the Flyway schema.
 *
 * <p>Loads generated Russian/English news-like articles with entities (names in several case forms) and
 * quotes, analyses, then runs each query {@code bench.iterations} times with varied terms after a warm-up
 * and prints p50/p95/p99/max. Not a test: run it with the command in publish-service/README.md.
 *
 * <p>System properties: {@code bench.articles} (100000), {@code bench.iterations} (2000),
 * {@code bench.dataDir} (a PostgreSQL data directory to keep and reuse between runs; default a temporary one).
 */
public final class PublishQueryBenchmark {

    private static final String DATABASE = "bench";
    private static final long SEED = 20261126L;

    private final Random random = new Random(SEED);
    private final Vocabulary words = new Vocabulary();
    private final List<Person> people = new ArrayList<>();
    private final List<Named> places = new ArrayList<>();
    private final List<Named> organisations = new ArrayList<>();
    private final java.util.Set<UUID> speakers = new java.util.HashSet<>();

    /** A person: canonical name, surname, and the surname's case forms used in text. */
    record Person(String name, String surname, List<String> forms, boolean russian) {
    }

    record Named(String name, List<String> forms) {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("bench.articles", 100_000);
        int iterations = Integer.getInteger("bench.iterations", 2_000);
        String dir = System.getProperty("bench.dataDir");
        Path dataDir = dir == null || dir.isBlank() ? Files.createTempDirectory("publish-bench") : Path.of(dir);
        try (PostgresServer postgres = PostgresServer.start(dataDir, Ports.findFree())) {
            postgres.ensureDatabase(DATABASE);
            String url = postgres.jdbcUrl(DATABASE) + "?reWriteBatchedInserts=true";
            Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD)
                    .locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
                PublishQueryBenchmark bench = new PublishQueryBenchmark();
                bench.load(c, articles);
                bench.measure(c, iterations);
            }
        }
    }

    PublishQueryBenchmark() {
        String[] firstRu = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Михаил", "Игорь", "Олег", "Павел",
                "Николай", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Анна", "Мария", "Светлана"};
        String[] firstEn = {"John", "Mary", "James", "Linda", "Robert", "Susan", "David", "Karen", "Peter", "Emma"};
        String[] syllables = {"ба", "во", "ги", "де", "жу", "за", "ки", "ло", "ма", "не", "по", "ра", "си", "ту", "фе",
                "ха", "че", "ша", "бру", "гро", "кра", "мир", "сол", "тар", "вер", "лин", "зор", "дан"};
        String[] enSyllables = {"har", "wel", "bro", "ton", "mil", "ford", "ash", "by", "ker", "son", "ley", "ing"};
        for (int i = 0; i < 2_500; i++) {
            String root = capital(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                    + syllables[random.nextInt(syllables.length)]);
            boolean female = random.nextInt(3) == 0;
            String first = firstRu[female ? 10 + random.nextInt(8) : random.nextInt(10)];
            String surname = root + (female ? "ова" : "ов");
            List<String> forms = female ? List.of(surname, root + "овой")
                    : List.of(surname, surname + "а", surname + "у", surname + "ым", surname + "е");
            people.add(new Person(first + " " + surname, surname, forms, true));
        }
        for (int i = 0; i < 800; i++) {
            String surname = capital(enSyllables[random.nextInt(enSyllables.length)] + enSyllables[random.nextInt(enSyllables.length)]);
            people.add(new Person(firstEn[random.nextInt(firstEn.length)] + " " + surname, surname, List.of(surname), false));
        }
        for (int i = 0; i < 600; i++) {
            String root = capital(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]);
            String city = root + "ск";
            places.add(new Named(city, List.of(city, city + "е", city + "а")));
        }
        places.add(new Named("Москва", List.of("Москва", "Москве", "Москвы", "Москву")));
        places.add(new Named("Санкт-Петербург", List.of("Санкт-Петербург", "Петербурге", "Петербурга")));
        places.add(new Named("London", List.of("London")));
        for (int i = 0; i < 600; i++) {
            String root = capital(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                    + syllables[random.nextInt(syllables.length)]);
            String kind = random.nextBoolean() ? "компания" : "банк";
            String name = capital(kind) + " " + root;
            organisations.add(new Named(name, List.of(name, root, (kind.equals("банк") ? "банка " : "компании ") + root)));
        }
    }

    // ---- loading --------------------------------------------------------------------------------------------

    void load(Connection c, int target) throws SQLException {
        long existing;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            existing = rs.getLong(1);
        }
        if (existing >= target) {
            System.out.printf("Reusing %,d stored articles.%n", existing);
            return;
        }
        System.out.printf("Loading %,d articles ...%n", target - existing);
        long started = System.nanoTime();
        c.setAutoCommit(false);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        int batch = 500;
        for (long from = existing; from < target; from += batch) {
            List<EnrichedArticle> articles = new ArrayList<>();
            for (long i = from; i < Math.min(target, from + batch); i++) {
                articles.add(article(i, base.plusSeconds(i * 300)));
            }
            insert(c, articles);
            c.commit();
            if ((from / batch) % 20 == 0) {
                System.out.printf("  %,d articles (%.0f s)%n", from + articles.size(), (System.nanoTime() - started) / 1e9);
            }
        }
        try (Statement s = c.createStatement()) {
            // Counts as the store keeps them, computed once for the bulk load.
            s.execute("""
                    update entity e set article_count = t.articles, mention_count = t.mentions
                    from (select entity_id, count(*) articles, sum(mention_count) mentions from article_entity group by 1) t
                    where e.id = t.entity_id""");
            c.commit();
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
        }
        System.out.printf("Loaded in %.0f s.%n", (System.nanoTime() - started) / 1e9);
    }

    EnrichedArticle article(long n, Instant receivedAt) {
        Random r = new Random(SEED + n);
        boolean russian = r.nextInt(10) < 7;
        List<String> vocabulary = russian ? words.russian : words.english;
        Map<String, EnrichedArticle.Entity> entities = new LinkedHashMap<>();
        List<String[]> named = new ArrayList<>(); // {localId, surface form}
        int entityCount = 3 + r.nextInt(4);
        for (int e = 0; e < entityCount; e++) {
            String localId = "e" + e;
            int kind = r.nextInt(10);
            String name;
            EntityType type;
            List<String> forms;
            if (kind < 5) {
                Person p = pick(r, people, russian);
                name = p.name();
                type = EntityType.PERSON;
                forms = new ArrayList<>(p.forms());
                forms.add(p.name());
            } else if (kind < 8) {
                Named place = zipf(r, places);
                name = place.name();
                type = EntityType.LOCATION;
                forms = place.forms();
            } else {
                Named org = zipf(r, organisations);
                name = org.name();
                type = EntityType.ORGANIZATION;
                forms = org.forms();
            }
            entities.put(localId, new EnrichedArticle.Entity(localId, type, name, new ArrayList<>()));
            int mentions = 1 + r.nextInt(3);
            for (int m = 0; m < mentions; m++) {
                named.add(new String[]{localId, forms.get(r.nextInt(forms.size()))});
            }
        }
        String title = capital(sentence(r, vocabulary, 6 + r.nextInt(5), named.get(0)[1]));
        StringBuilder body = new StringBuilder();
        String text0 = title + "\n\n";
        List<EnrichedArticle.Quote> quotes = new ArrayList<>();
        int sentences = 10 + r.nextInt(10);
        int nextName = 1;
        for (int s = 0; s < sentences; s++) {
            String form = nextName < named.size() && r.nextBoolean() ? named.get(nextName++)[1] : null;
            String sentence = capital(sentence(r, vocabulary, 8 + r.nextInt(10), form)) + ". ";
            if (form != null) {
                String[] mention = named.get(nextName - 1);
                int at = text0.length() + body.length() + sentence.indexOf(form);
                entities.get(mention[0]).mentions().add(new EnrichedArticle.Mention(at, at + form.length(), form));
            }
            body.append(sentence);
        }
        int quoteCount = r.nextInt(4);
        for (int q = 0; q < quoteCount; q++) {
            String speakerId = null;
            String speakerName = null;
            for (EnrichedArticle.Entity e : entities.values()) {
                if (e.type() == EntityType.PERSON && r.nextBoolean()) {
                    speakerId = e.id();
                    speakerName = e.name();
                    break;
                }
            }
            if (speakerId == null) {
                Person p = pick(r, people, russian);
                speakerName = p.name();
            }
            String said = capital(sentence(r, vocabulary, 6 + r.nextInt(8), null));
            String sentence = "«" + said + "», — " + (russian ? "сказал " : "said ") + speakerName + ". ";
            int at = text0.length() + body.length() + 1;
            quotes.add(new EnrichedArticle.Quote(said, at, at + said.length(),
                    new EnrichedArticle.Speaker(speakerName, speakerId), russian ? "сказал" : "said",
                    EnrichedArticle.QuoteKind.DIRECT));
            body.append(sentence);
        }
        for (String[] rest : named.subList(nextName, named.size())) {
            String sentence = capital(sentence(r, vocabulary, 6, rest[1])) + ". ";
            int at = text0.length() + body.length() + sentence.indexOf(rest[1]);
            entities.get(rest[0]).mentions().add(new EnrichedArticle.Mention(at, at + rest[1].length(), rest[1]));
            body.append(sentence);
        }
        String bodyText = body.toString().strip();
        String id = new UUID(0x5eedL << 32 | n >>> 32, n).toString();
        int wordCount = bodyText.split("\\s+").length;
        return new EnrichedArticle(1, id, "r" + n, receivedAt, receivedAt.plusMillis(40), null, "ext-" + n,
                "source-" + r.nextInt(40), receivedAt.minusSeconds(r.nextInt(3600)), russian ? "ru" : "en", title, null,
                null, List.of(), bodyText, text0 + bodyText, List.copyOf(entities.values()), quotes,
                new EnrichedArticle.Metadata(List.of(), List.of(), List.of(), wordCount, Math.max(1, wordCount / 200), null), "bench@1");
    }

    private Person pick(Random r, List<Person> all, boolean russian) {
        // Popular people are named far more often (Zipf-like); the language decides whose names appear.
        for (;;) {
            Person p = zipf(r, all);
            if (p.russian() == russian || r.nextInt(5) == 0) {
                return p;
            }
        }
    }

    private static <T> T zipf(Random r, List<T> all) {
        double u = r.nextDouble();
        int index = (int) Math.floor(Math.pow(all.size() + 1, u)) - 1;
        return all.get(Math.min(all.size() - 1, Math.max(0, index)));
    }

    private static String sentence(Random r, List<String> vocabulary, int length, String insert) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            out.add(zipf(r, vocabulary));
        }
        if (insert != null) {
            out.add(r.nextInt(out.size()), insert);
        }
        return String.join(" ", out);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    void insert(Connection c, List<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement article = c.prepareStatement("""
                insert into article (id, revision, title, body, language, source, external_id, published_at, received_at,
                                     enriched_at, stored_at, enriched, word_count, reading_time_minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?::jsonb, ?, ?)""");
             PreparedStatement revision = c.prepareStatement("""
                insert into article_revision (article_id, revision, received_at, enriched_at, title, enriched)
                values (?, ?, ?, ?, ?, ?::jsonb)""");
             PreparedStatement entity = c.prepareStatement(
                     "insert into entity (id, type, name, name_key) values (?, ?, ?, ?) on conflict do nothing");
             PreparedStatement alias = c.prepareStatement(
                     "insert into entity_alias (entity_id, alias, alias_key) values (?, ?, ?) on conflict do nothing");
             PreparedStatement link = c.prepareStatement(
                     "insert into article_entity (article_id, entity_id, received_at, mention_count) values (?, ?, ?, ?)");
             PreparedStatement mention = c.prepareStatement("""
                insert into mention (article_id, ordinal, entity_id, start_offset, end_offset, text) values (?, ?, ?, ?, ?, ?)""");
             PreparedStatement speaker = c.prepareStatement(
                     "insert into speaker (key, entity_id, name) values (?, ?, ?) on conflict do nothing");
             PreparedStatement quote = c.prepareStatement("""
                insert into quote (article_id, ordinal, text, start_offset, end_offset, speaker_name, speaker_entity_id,
                                   speaker_key, cue, kind, language, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            Map<UUID, Map<String, String>> aliases = new HashMap<>();
            for (EnrichedArticle a : articles) {
                UUID id = UUID.fromString(a.id());
                String json = ArticleJson.write(a);
                Timestamp received = Timestamp.from(a.receivedAt());
                article.setObject(1, id);
                article.setString(2, a.revision());
                article.setString(3, a.title());
                article.setString(4, a.body());
                article.setString(5, a.language());
                article.setString(6, a.source());
                article.setString(7, a.externalId());
                article.setTimestamp(8, Timestamp.from(a.publishedAt()));
                article.setTimestamp(9, received);
                article.setTimestamp(10, Timestamp.from(a.enrichedAt()));
                article.setString(11, json);
                article.setInt(12, a.metadata().wordCount());
                article.setInt(13, a.metadata().readingTimeMinutes());
                article.addBatch();
                revision.setObject(1, id);
                revision.setString(2, a.revision());
                revision.setTimestamp(3, received);
                revision.setTimestamp(4, Timestamp.from(a.enrichedAt()));
                revision.setString(5, a.title());
                revision.setString(6, json);
                revision.addBatch();
                // The same mapping as DerivedRows: local entity -> (type, name key) -> global id.
                Map<String, UUID> global = new HashMap<>();
                Map<UUID, Integer> mentionCounts = new LinkedHashMap<>();
                int ordinal = 0;
                for (EnrichedArticle.Entity e : a.entities()) {
                    String key = EntityKeys.key(e.name());
                    UUID gid = EntityKeys.id(e.type(), key);
                    global.put(e.id(), gid);
                    if (!aliases.containsKey(gid)) {
                        entity.setObject(1, gid);
                        entity.setString(2, e.type().name());
                        entity.setString(3, e.name());
                        entity.setString(4, key);
                        entity.addBatch();
                    }
                    Map<String, String> known = aliases.computeIfAbsent(gid, k -> new HashMap<>());
                    List<String> forms = new ArrayList<>(List.of(e.name()));
                    e.mentions().forEach(m -> forms.add(m.text()));
                    for (String form : forms) {
                        if (known.putIfAbsent(EntityKeys.key(form), form) == null) {
                            alias.setObject(1, gid);
                            alias.setString(2, form);
                            alias.setString(3, EntityKeys.key(form));
                            alias.addBatch();
                        }
                    }
                    mentionCounts.merge(gid, e.mentions().size(), Integer::sum);
                    for (EnrichedArticle.Mention m : e.mentions()) {
                        mention.setObject(1, id);
                        mention.setInt(2, ordinal++);
                        mention.setObject(3, gid);
                        mention.setInt(4, m.start());
                        mention.setInt(5, m.end());
                        mention.setString(6, m.text());
                        mention.addBatch();
                    }
                }
                for (Map.Entry<UUID, Integer> l : mentionCounts.entrySet()) {
                    link.setObject(1, id);
                    link.setObject(2, l.getKey());
                    link.setTimestamp(3, received);
                    link.setInt(4, l.getValue());
                    link.addBatch();
                }
                int q = 0;
                Map<String, String> entityNames = new HashMap<>();
                a.entities().forEach(e -> entityNames.put(e.id(), e.name()));
                for (EnrichedArticle.Quote qt : a.quotes()) {
                    // The same keys as DerivedRows: the entity id for a linked speaker, else the name's key.
                    UUID speakerEntity = qt.speaker().entityId() == null ? null : global.get(qt.speaker().entityId());
                    UUID speakerKey = speakerEntity != null ? speakerEntity : EntityKeys.speakerKey(qt.speaker().name());
                    if (speakers.add(speakerKey)) {
                        speaker.setObject(1, speakerKey);
                        speaker.setObject(2, speakerEntity, Types.OTHER);
                        speaker.setString(3, speakerEntity != null ? entityNames.get(qt.speaker().entityId()) : qt.speaker().name());
                        speaker.addBatch();
                    }
                    quote.setObject(1, id);
                    quote.setInt(2, q++);
                    quote.setString(3, qt.text());
                    quote.setInt(4, qt.start());
                    quote.setInt(5, qt.end());
                    quote.setString(6, qt.speaker().name());
                    quote.setObject(7, speakerEntity, Types.OTHER);
                    quote.setObject(8, speakerKey, Types.OTHER);
                    quote.setString(9, qt.cue());
                    quote.setString(10, qt.kind().name());
                    quote.setString(11, a.language());
                    quote.setTimestamp(12, received);
                    quote.addBatch();
                }
            }
            article.executeBatch();
            revision.executeBatch();
            entity.executeBatch();
            alias.executeBatch();
            link.executeBatch();
            mention.executeBatch();
            speaker.executeBatch();
            quote.executeBatch();
        }
    }

    // ---- measuring ------------------------------------------------------------------------------------------

    void measure(Connection c, int iterations) throws SQLException {
        Random r = new Random(SEED);
        List<String> articleTerms = new ArrayList<>();
        articleTerms.addAll(List.of("Петербурге", "Москве", "правительство", "заявил", "market", "minister",
                "\"central bank\"", "выборы OR бюджет", "reform -tax"));
        for (int i = 0; i < 200; i++) {
            articleTerms.add(r.nextBoolean() ? words.russian.get(r.nextInt(words.russian.size()))
                    : words.english.get(r.nextInt(words.english.size())));
            Person p = people.get(r.nextInt(people.size()));
            articleTerms.add(p.forms().get(r.nextInt(p.forms().size())));
            articleTerms.add(words.russian.get(r.nextInt(words.russian.size())) + " "
                    + words.russian.get(r.nextInt(words.russian.size())));
        }
        List<String> entityTerms = new ArrayList<>();
        List<String> speakerTerms = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Person p = people.get(r.nextInt(people.size()));
            String form = p.forms().get(r.nextInt(p.forms().size()));
            entityTerms.add(switch (i % 4) {
                case 0 -> form;
                case 1 -> form.substring(0, Math.min(form.length(), 4)).toLowerCase(Locale.ROOT);
                case 2 -> p.name();
                default -> places.get(r.nextInt(places.size())).forms().get(0).toUpperCase(Locale.ROOT);
            });
            speakerTerms.add(i % 3 == 0 ? p.name() : form);
        }
        speakerTerms.set(0, "Москва");
        String[] header = {"query", "runs", "p50 ms", "p95 ms", "p99 ms", "max ms", "avg rows"};
        List<String[]> rows = new ArrayList<>();
        rows.add(run("GET /articles?q=", c, iterations, i -> articleTerms.get(i % articleTerms.size()),
                (conn, term) -> ArticleQueries.list(conn, new ArticleQueries.Filter(term, null, null, null, null, null), null, 21).size()));
        // Ranks every match (ts_rank reads each matching row's tsvector): far slower on common words, so fewer runs.
        rows.add(run("  &sort=relevance", c, Math.max(100, iterations / 10), i -> articleTerms.get(i % articleTerms.size()),
                (conn, term) -> ArticleQueries.listByRelevance(conn, new ArticleQueries.Filter(term, null, null, null, null, null), null, 21).size()));
        rows.add(run("GET /entities?q=", c, iterations, i -> entityTerms.get(i % entityTerms.size()),
                (conn, term) -> EntityQueries.list(conn, new EntityQueries.Filter(term, null), null, 21).size()));
        rows.add(run("GET /quotes?speaker=", c, iterations, i -> speakerTerms.get(i % speakerTerms.size()),
                (conn, term) -> QuoteQueries.list(conn, new QuoteQueries.Filter(null, term, null, null), null, 21).size()));

        long articles = count(c, "article");
        System.out.printf("%nPublish-service search latency, %,d articles (%,d entities, %,d quotes), limit 20, "
                        + "%d cores, PostgreSQL %s%n", articles, count(c, "entity"), count(c, "quote"),
                Runtime.getRuntime().availableProcessors(), c.getMetaData().getDatabaseProductVersion());
        System.out.printf("%-22s %6s %8s %8s %8s %8s %9s%n", (Object[]) header);
        for (String[] row : rows) {
            System.out.printf("%-22s %6s %8s %8s %8s %8s %9s%n", (Object[]) row);
        }
        System.out.printf("SUMMARY articles=%d p99_ms articles_q=%s entities_q=%s quotes_speaker=%s (target < 50)%n",
                articles, rows.get(0)[4], rows.get(2)[4], rows.get(3)[4]);
    }

    interface Query {
        int run(Connection c, String term) throws SQLException;
    }

    private static String[] run(String name, Connection c, int iterations, IntFunction<String> terms, Query query)
            throws SQLException {
        for (int i = 0; i < Math.min(200, iterations); i++) {
            query.run(c, terms.apply(i + 7)); // warm-up: JIT, plan cache, buffer cache
        }
        long[] nanos = new long[iterations];
        long rows = 0;
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            rows += query.run(c, terms.apply(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new String[]{name, Integer.toString(iterations), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                String.format(Locale.ROOT, "%.1f", nanos[iterations - 1] / 1e6),
                String.format(Locale.ROOT, "%.1f", (double) rows / iterations)};
    }

    private static String ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1e6);
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
