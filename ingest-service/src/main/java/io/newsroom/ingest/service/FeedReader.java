package io.newsroom.ingest.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.ArticleSubmissions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A whole RSS or Atom feed posted at once: every entry becomes an article (title, link as url, guid or id
 * as externalId, the feed's title as source, content or description as body, authors, date). Parsing is
 * Rome's, with DOCTYPEs refused, so external entities cannot be used to read files or reach hosts.
 */
public final class FeedReader {

    private FeedReader() {
    }

    /** {@code text} is null when the caller declared no charset: the XML's own declaration then decides. */
    public static List<Submission> read(byte[] body, String text, String mediaType, Instant receivedAt, int maxItems) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            InputSource source = text != null ? new InputSource(new StringReader(text))
                    : new InputSource(new ByteArrayInputStream(body));
            feed = input.build(source);
        } catch (FeedException | IllegalArgumentException e) {
            throw new ProblemException(400, "Malformed feed", "The body is not a readable RSS or Atom feed: " + e.getMessage());
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new ProblemException(422, "Empty feed", "The feed has no entries.");
        }
        if (entries.size() > maxItems) {
            throw new ProblemException(413, "Feed too large", "A feed may hold at most " + maxItems + " entries; split it.");
        }
        List<Submission> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            try {
                ObjectNode fields = fields(feed, entry);
                items.add(Submission.of(i, ArticleSubmissions.fromJsonObject(BatchReader.provisionalId(), fields,
                        receivedAt, mediaType)));
            } catch (RuntimeException e) {
                items.add(Submission.refused(i, e));
            }
        }
        return items;
    }

    private static ObjectNode fields(SyndFeed feed, SyndEntry entry) {
        ObjectNode fields = ArticleJson.mapper().createObjectNode();
        putText(fields, "title", entry.getTitle());
        fields.put("body", body(entry));
        putText(fields, "url", entry.getLink());
        String externalId = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
        putText(fields, "externalId", externalId);
        putText(fields, "source", feed.getTitle());
        putText(fields, "language", feed.getLanguage());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            fields.put("publishedAt", date.toInstant().atOffset(ZoneOffset.UTC).toString());
        }
        ArrayNode authors = fields.putArray("authors");
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                authors.add(person.getName().strip());
            }
        }
        if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            authors.add(entry.getAuthor().strip());
        }
        return fields;
    }

    /** The fullest text the entry has: its content, else its description; HTML reduced to paragraphs. */
    private static String body(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return htmlToText(html.toString());
    }

    static String htmlToText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, iframe").remove();
        doc.select("br").after("\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").after("\n\n");
        String text = doc.body() == null ? "" : doc.body().wholeText();
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void putText(ObjectNode fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }
}
