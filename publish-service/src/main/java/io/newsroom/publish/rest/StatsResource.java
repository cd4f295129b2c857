package io.newsroom.publish.rest;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.publish.query.Stats;
import io.newsroom.publish.query.StatsQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final int MAX_HOURS = 24 * 366;

    private final DatabaseReads reads;

    public StatsResource(DatabaseReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Dashboard tiles over a window of receipt time",
            description = "Counts (articles, quotes, by language, by source), top entities by mentions, top quoted "
                    + "speakers, articles per hour (UTC). The window is from/to, or the last `hours` (default 24).")
    @APIResponse(responseCode = "200", description = "the counts")
    @APIResponse(responseCode = "400", description = "from/to not ISO-8601, from not before to, window over a year")
    public Stats stats(@Parameter(description = "window start, ISO-8601 (default: to minus hours)") @QueryParam("from") String fromParam,
                       @Parameter(description = "window end, ISO-8601 (default: now)") @QueryParam("to") String toParam,
                       @Parameter(description = "window length when from is not given, 1 to 8784, default 24")
                       @QueryParam("hours") String hoursParam) {
        int hours = QueryParams.wholeNumber("hours", hoursParam, 24, 1, MAX_HOURS);
        Instant to = QueryParams.instant("to", toParam);
        Instant from = QueryParams.instant("from", fromParam);
        if (to == null) {
            to = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        if (from == null) {
            from = to.minus(Duration.ofHours(hours));
        }
        if (!from.isBefore(to)) {
            throw ProblemException.badRequest("from must be before to.");
        }
        if (Duration.between(from, to).toHours() > MAX_HOURS) {
            throw ProblemException.badRequest("The window is longer than " + MAX_HOURS + " hours (a year); shorten it.");
        }
        Instant windowFrom = from;
        Instant windowTo = to;
        return reads.run(c -> StatsQueries.over(c, windowFrom, windowTo));
    }
}
