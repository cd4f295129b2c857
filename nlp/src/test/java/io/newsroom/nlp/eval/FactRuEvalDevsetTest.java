package io.newsroom.nlp.eval;

import io.newsroom.nlp.EntityStage;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.EntityTagger;
import io.newsroom.nlp.ner.TypedSpan;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the real factRuEval-2016 devset when the shared datasets sit beside the project
 * ({@code ../shared/datasets}); a fresh clone without them skips this test. When a model ships on the classpath
 * the test also measures the entity stage on the devset and prints the tables.
 */
class FactRuEvalDevsetTest {

    static Path devset() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? null : dir.resolve("../shared/datasets/factrueval-2016/devset").normalize();
    }

    @Test
    void devsetReadsAndMentionsSliceToText() {
        Path devset = devset();
        assumeTrue(devset != null && Files.isDirectory(devset),
                "skipped: factRuEval-2016 devset not found at ../shared/datasets/factrueval-2016/devset");
        List<AnnotatedText> docs = FactRuEvalCorpus.read(devset);

        assertThat(docs).hasSize(122);
        long mentions = docs.stream().mapToLong(d -> d.mentions().size()).sum();
        assertThat(mentions).isGreaterThan(2000);
        for (AnnotatedText d : docs) {
            for (TypedSpan m : d.mentions()) {
                assertThat(d.slice(m)).isNotBlank().isEqualTo(d.slice(m).strip());
            }
        }

        EntityTagger tagger = EntityTagger.loadDefault();
        if (tagger != null) {
            EntityScorer scorer = EvalEntities.evaluate(new EntityStage(tagger), docs);
            System.out.print(scorer.table(true));
            System.out.print(scorer.table(false));
        }
    }
}
