package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.TypedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ConllCorpusTest {

    /** Invented lines in the CoNLL-2003 layout: token, two tag columns, IOB1 entity tag last. */
    private static final String SNIPPET = """
            -DOCSTART- -X- -X- O

            HARBOUR NN B-NP O
            TALKS NNS I-NP O
            IN IN B-PP O
            VALLETTA NNP B-NP I-LOC

            Mira NNP B-NP I-PER
            Ostrova NNP I-NP I-PER
            of IN B-PP O
            Kelp NNP B-NP I-ORG
            Shipping NNP I-NP I-ORG
            met VBD B-VP O
            Tomas NNP B-NP I-PER
            Brenner NNP I-NP I-PER
            Lund NNP I-NP B-PER
            in IN B-PP O
            Valletta NNP B-NP I-LOC
            on IN B-PP O
            Maltese JJ B-NP I-MISC
            day NN I-NP O
            . . O O

            -DOCSTART- -X- -X- O

            Rovers NNP B-NP I-ORG
            2 CD I-NP O
            """;

    @Test
    void readsDocumentsMentionsAndIgnoresMisc(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snippet.conll");
        Files.writeString(file, SNIPPET);

        assertThat(ConllCorpus.looksLikeConll(file)).isTrue();
        assertThat(ConllCorpus.looksLikeConll(dir)).isFalse();
        List<AnnotatedText> docs = ConllCorpus.read(file);

        assertThat(docs).hasSize(2);
        AnnotatedText doc = docs.get(0);
        assertThat(doc.text()).startsWith("HARBOUR TALKS IN VALLETTA\nMira Ostrova of Kelp Shipping met");
        assertThat(doc.mentions()).extracting(doc::slice, TypedSpan::type).containsExactly(
                tuple("VALLETTA", EntityType.LOCATION),
                tuple("Mira Ostrova", EntityType.PERSON),
                tuple("Kelp Shipping", EntityType.ORGANIZATION),
                tuple("Tomas Brenner", EntityType.PERSON),
                tuple("Lund", EntityType.PERSON), // B- starts a second name right after the first
                tuple("Valletta", EntityType.LOCATION));
        assertThat(docs.get(1).mentions()).extracting(docs.get(1)::slice).containsExactly("Rovers");
    }

    @Test
    void readsIob2AndSplitsLongFilesWithoutDocumentMarks(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ConllCorpus.SENTENCES_PER_DOCUMENT + 1; i++) {
            sb.append("Ana B-PER\nPerez I-PER\nsang O\n\n");
        }
        Path file = dir.resolve("iob2.txt");
        Files.writeString(file, sb.toString());

        List<AnnotatedText> docs = ConllCorpus.read(file);

        assertThat(docs).hasSize(2);
        assertThat(docs.get(1).mentions()).extracting(docs.get(1)::slice).containsExactly("Ana Perez");
    }
}
