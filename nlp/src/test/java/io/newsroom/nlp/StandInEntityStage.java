package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only stand-in for the trained entity stage (which is not in this module's tests): every word starting
 * with a given stem ("Путин" → "Путин", "Путина", "Путиным") is a mention of one entity with a fixed name.
 */
public final class StandInEntityStage implements EnrichmentStage {

    private final List<Object[]> stems = new ArrayList<>();

    /** Adds an entity: words starting with {@code stem} are its mentions; ids follow the order of calls (E1, E2, …). */
    public StandInEntityStage with(String stem, EntityType type, String name) {
        stems.add(new Object[] {stem, type, name});
        return this;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void apply(ArticleDocument doc) {
        String text = doc.text();
        for (Object[] s : stems) {
            String stem = (String) s[0];
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                    continue;
                }
                int end = at + stem.length();
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                int start = text.codePointCount(0, at);
                mentions.add(new Mention(start, start + text.codePointCount(at, end), text.substring(at, end)));
            }
            if (!mentions.isEmpty()) {
                doc.entities.add(new Entity("E" + (doc.entities.size() + 1), (EntityType) s[1], (String) s[2], mentions));
            }
        }
    }
}
