package io.newsroom.nlp.bench;

import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Enrichment of one article on one thread (so ops/s is articles per second per core): a typical news
 * article and a long one. Invented texts, built here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EnrichmentBenchmark {

    @Param({"typical", "long"})
    public String size;

    private EnrichmentPipeline pipeline;
    private RawArticle article;

    @Setup
    public void setUp() {
        pipeline = EnrichmentPipeline.standard();
        String paragraph = "Городской совет Самары утвердил бюджет на следующий год, сообщили в пресс-службе мэрии. "
                + "По словам председателя комиссии, расходы на ремонт дорог вырастут на двенадцать процентов, а "
                + "строительство двух новых школ начнётся весной. Депутаты также обсудили тарифы на транспорт. ";
        int paragraphs = size.equals("long") ? 120 : 8;
        StringBuilder text = new StringBuilder("Совет Самары утвердил бюджет\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append(paragraph).append("\n\n");
        }
        article = ArticleSubmissions.fromPlainText("00000000-0000-0000-0000-000000000001", text.toString(), Instant.EPOCH);
    }

    @Benchmark
    public EnrichedArticle enrich() {
        return pipeline.enrich(article);
    }
}
