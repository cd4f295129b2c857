package io.newsroom.nlp.en;

import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.CodePoints;
import io.newsroom.nlp.ner.TypedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The English tagger's rule passes (38) read tokens around every mention: no text may make one read past a
 * sentence or the article. Wire layouts cut short or garbled (a lone "AT", "v", "Scorers :", brackets that never
 * close, a credit line with no names) and, when the shared corpora sit beside the project, every document of the
 * four English training corpora are tagged, and every span must be a non-empty slice of the text.
 */
class EnglishTaggerRobustnessTest {

    private static EnglishTagger tagger;

    @BeforeAll
    static void load() {
        tagger = EnglishTagger.loadDefault();
    }

    @Test
    void brokenWireLayoutsAreTaggedWithinTheText() {
        List<String> texts = List.of("", "(", ")", "( )", "AT", "AT\nAT BOSTON", "v", "V V V", "Kent v", "v Kent",
                "Scorers :", "Scorers : -", "Try : .", "Did not bat : , ,", "( Reporting by", "( Reporting by ; Editing by )",
                "PRESS DIGEST\nA\nB C D E F G", "1. ( Kenya )", "( Kenya ) 3 ( Spain ) 0", "c b 3", "A c b 3",
                "M. c Healy b 14", "22-5-70-2", "Bayer up", "Bayer up 1.35", "0.90 higher", "Nippon Steel 1,412",
                "the villages of", "towns such as", "in , and", "Swede", "Brazilian", "first innings", "the Knicks",
                "MONDAY ,", "GENEVA -", "DAX", "Law and Justice ( PiS", "( PiS )", "😀 AT 😀 BOSTON\n😀 v 😀",
                "Western Australia first innings\n" + "c ".repeat(2_000) + "3", "V ".repeat(5_000));
        for (String text : texts) {
            assertSpansSliceTheText(text, tagger.find(text));
        }
    }

    @Test
    void everyTrainingDocumentIsTaggedWithinItsText() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent(); // the project root, beside which ../shared sits
        }
        Path corpora = dir == null ? null : dir.resolve("../shared/datasets/english-ner").normalize();
        assumeTrue(corpora != null && Files.isDirectory(corpora),
                "skipped: the English corpora are not at ../shared/datasets/english-ner");
        int spans = 0;
        for (String corpus : List.of("uner_en_ewt.jsonl", "uner_en_pud.jsonl", "wikigold.jsonl", "btc.jsonl")) {
            for (AnnotatedText doc : TrainEnglishModel.read(corpora.resolve(corpus))) {
                List<TypedSpan> found = tagger.find(doc.text());
                assertSpansSliceTheText(doc.text(), found);
                spans += found.size();
            }
        }
        assertThat(spans).isGreaterThan(10_000);
    }

    /** Spans are code-point offsets, as tokens are. */
    private static void assertSpansSliceTheText(String text, List<TypedSpan> spans) {
        int length = text.codePointCount(0, text.length());
        for (TypedSpan s : spans) {
            assertThat(s.start()).as("%s in %s", s, text).isGreaterThanOrEqualTo(0).isLessThan(s.end());
            assertThat(s.end()).as("%s in %s", s, text).isLessThanOrEqualTo(length);
            assertThat(CodePoints.slice(text, s.start(), s.end())).isNotBlank();
        }
    }
}
