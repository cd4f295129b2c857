package io.newsroom.nlp.eval;

import io.newsroom.nlp.EnrichmentPipeline;
import io.newsroom.nlp.LanguageStage;
import io.newsroom.nlp.MetadataStage;
import io.newsroom.nlp.QuoteStage;
import io.newsroom.nlp.TextStructureStage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped evaluation set, without an entity model (speakers from the text). Floors sit a little under the
 * figures measured when the set was written (recall 0.98, precision 1.00, attribution 0.98 on 46 passages), so
 * a rule change that loses quotes or speakers fails here.
 */
class EvalQuotesTest {

    @Test
    void figuresStayAboveTheirFloors() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new TextStructureStage(), new LanguageStage(),
                new MetadataStage(), new QuoteStage()), Clock.systemUTC());

        EvalQuotes.Result result = EvalQuotes.run(pipeline, EvalQuotes.readDefault());

        assertThat(result.total().passages()).isGreaterThanOrEqualTo(40);
        assertThat(result.byLanguage()).containsKeys("ru", "en");
        assertThat(result.total().recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.total().precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.total().attribution()).isGreaterThanOrEqualTo(0.88);
        assertThat(result.summary()).startsWith("quotes recall=");
    }

    @Test
    void speakersCompareByLastWordAllowingRussianEndings() {
        assertThat(EvalQuotes.sameSpeaker("Сазонова", "Елена Сазоновой")).isTrue();
        assertThat(EvalQuotes.sameSpeaker("Finch", "Laura Finch")).isTrue();
        assertThat(EvalQuotes.sameSpeaker("Путин", "Лукашенко")).isFalse();
        assertThat(EvalQuotes.sameSpeaker(null, null)).isTrue();
        assertThat(EvalQuotes.sameSpeaker("Путин", null)).isFalse();
    }
}
