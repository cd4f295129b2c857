package io.newsroom.nlp.eval;

import io.newsroom.nlp.ner.TypedSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.events.EnrichedArticle.EntityType.LOCATION;
import static io.newsroom.events.EnrichedArticle.EntityType.ORGANIZATION;
import static io.newsroom.events.EnrichedArticle.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EntityScorerTest {

    @Test
    void strictNeedsExactSpanAndTypeRelaxedPairsOverlapsOneToOne() {
        EntityScorer scorer = new EntityScorer();
        List<TypedSpan> gold = List.of(new TypedSpan(0, 10, PERSON), new TypedSpan(20, 30, ORGANIZATION),
                new TypedSpan(40, 46, LOCATION));
        List<TypedSpan> predicted = List.of(new TypedSpan(0, 10, PERSON), new TypedSpan(25, 30, ORGANIZATION),
                new TypedSpan(20, 24, ORGANIZATION), new TypedSpan(40, 46, PERSON));
        scorer.add(gold, predicted);

        assertThat(scorer.strict(PERSON).tp()).isEqualTo(1);
        assertThat(scorer.strict(PERSON).fp()).isEqualTo(1);
        assertThat(scorer.strict(ORGANIZATION).fp()).isEqualTo(2);
        assertThat(scorer.strict(ORGANIZATION).fn()).isEqualTo(1);
        assertThat(scorer.strict(LOCATION).fn()).isEqualTo(1);
        // relaxed: one of the two ORG fragments pairs with the gold ORG, the other stays wrong
        assertThat(scorer.relaxed(ORGANIZATION).tp()).isEqualTo(1);
        assertThat(scorer.relaxed(ORGANIZATION).fp()).isEqualTo(1);
        assertThat(scorer.relaxed(ORGANIZATION).fn()).isZero();
        assertThat(scorer.strictTotal().precision()).isCloseTo(0.25, within(1e-9));
        assertThat(scorer.strictTotal().recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(scorer.relaxedTotal().f1()).isCloseTo(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), within(1e-9));
        assertThat(scorer.table(true)).contains("PERSON").contains("micro");
    }

    @Test
    void emptyDocumentsScoreZeroWithoutDividingByZero() {
        EntityScorer scorer = new EntityScorer();
        scorer.add(List.of(), List.of());
        assertThat(scorer.strictTotal().f1()).isZero();
    }
}
