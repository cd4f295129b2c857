package io.newsroom.publish.persistence;

import io.newsroom.events.EnrichedArticle.EntityType;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * How an entity of one article is found again across articles: by its type and its name's key (NFC, spaces
 * collapsed, lower case, ё as е). The global id is derived from that pair, so it is the same in every database
 * that stored the same articles.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    public static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    public static UUID id(EntityType type, String nameKey) {
        return UUID.nameUUIDFromBytes(("entity:" + type.name() + ":" + nameKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a speaker known by name only (a speaker linked to an entity is keyed by the entity's id). */
    public static UUID speakerKey(String name) {
        return UUID.nameUUIDFromBytes(("speaker:" + key(name)).getBytes(StandardCharsets.UTF_8));
    }
}
