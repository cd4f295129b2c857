package io.newsroom.ingest.service;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.InvalidArticleException;
import io.newsroom.events.RawArticle;

/**
 * One article of a request, parsed or refused: a single-article request has one, a batch or feed one per
 * item. Exactly one of {@code article} and {@code problem} is set.
 */
public record Submission(int index, RawArticle article, ProblemException problem) {

    public static Submission of(int index, RawArticle article) {
        return new Submission(index, article, null);
    }

    public static Submission refused(int index, RuntimeException failure) {
        return new Submission(index, null, asProblem(failure));
    }

    /** The HTTP answer a refused article gets: 422 for wrong content, 400 for malformed input. */
    public static ProblemException asProblem(RuntimeException failure) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        if (failure instanceof InvalidArticleException invalid) {
            return invalid.unprocessable()
                    ? new ProblemException(422, "Article not acceptable", invalid.getMessage())
                    : new ProblemException(400, "Malformed article", invalid.getMessage());
        }
        return new ProblemException(400, "Malformed article", failure.getMessage());
    }
}
