package io.newsroom.ingest.rest;

import io.newsroom.common.rest.Problem;
import io.newsroom.ingest.service.ArticleIngestService;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts refused submissions by reason (the problem's title, such as "Article too large" or "API key
 * required"), whichever layer refused them.
 */
public class RejectionMetrics {

    private final ArticleIngestService ingest;

    public RejectionMetrics(ArticleIngestService ingest) {
        this.ingest = ingest;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !"POST".equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/articles")) {
            return;
        }
        Object entity = response.getEntity();
        ingest.countRejected(entity instanceof Problem problem ? problem.title() : Integer.toString(response.getStatus()));
    }
}
