package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.MentionFinder;
import io.newsroom.nlp.ner.TypedSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityStageTest {

    /** Stands in for the trained tagger: marks the given phrases wherever they occur. */
    private static MentionFinder marking(Object... phraseAndType) {
        return text -> {
            List<TypedSpan> out = new ArrayList<>();
            for (int i = 0; i < phraseAndType.length; i += 2) {
                String phrase = (String) phraseAndType[i];
                int from = 0;
                int at;
                while ((at = text.indexOf(phrase, from)) >= 0) {
                    int start = text.codePointCount(0, at);
                    TypedSpan span = new TypedSpan(start, start + phrase.codePointCount(0, phrase.length()),
                            (EntityType) phraseAndType[i + 1]);
                    if (out.stream().noneMatch(span::overlaps)) {
                        out.add(span);
                    }
                    from = at + phrase.length();
                }
            }
            out.sort(null);
            return out;
        };
    }

    @Test
    void groupsMentionsOfOneReferentAndNamesItInTheNominative() {
        EntityStage stage = new EntityStage(marking("Михаилом Мишустиным", EntityType.PERSON,
                "Мишустин", EntityType.PERSON, "Петербурге", EntityType.LOCATION, "Петербург", EntityType.LOCATION,
                "Федеральная служба безопасности", EntityType.ORGANIZATION, "ФСБ", EntityType.ORGANIZATION));
        String text = "Путин встретился с Михаилом Мишустиным в Петербурге. Мишустин рассказал о работе "
                + "правительства. Федеральная служба безопасности и ФСБ России не ответили.";

        List<Entity> entities = stage.entities(text);

        assertThat(entities).extracting(Entity::id, Entity::type, Entity::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("E1", EntityType.PERSON, "Михаил Мишустин"),
                org.assertj.core.groups.Tuple.tuple("E2", EntityType.LOCATION, "Петербург"),
                org.assertj.core.groups.Tuple.tuple("E3", EntityType.ORGANIZATION, "Федеральная служба безопасности"));
        assertThat(entities.get(0).mentions()).extracting(m -> m.text())
                .containsExactly("Михаилом Мишустиным", "Мишустин");
        assertThat(entities.get(2).mentions()).hasSize(2);
        assertThat(entities.get(0).mentions().get(0).start()).isEqualTo(19);
    }
}
